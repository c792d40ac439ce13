package newsbrief.site;

import java.util.List;

/**
 * Which planned files clash, for a build that runs again and again (the preview): the answer depends
 * only on the planned paths in order, so while they stay as they were — every edit of a brief's
 * text — it is not worked out again. Comparing 10,000 paths is much cheaper than lower-casing them
 * and splitting each into its folders.
 */
public final class ClashCheck {

    private List<String> lastPaths;
    private List<Integer> lastClashes = List.of();

    /**
     * The planned files whose path an earlier file already has, compared without regard to case and
     * as folders too ({@link Outputs#clashIndexes}).
     */
    public synchronized List<PlannedFile> clashes(List<PlannedFile> files) {
        List<String> paths = files.stream().map(PlannedFile::outputPath).toList();
        if (!paths.equals(lastPaths)) {
            lastClashes = Outputs.clashIndexes(paths);
            lastPaths = paths;
        }
        return lastClashes.stream().map(files::get).toList();
    }
}
