package newsbrief.site;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where the outputs are registered: adding an output to a list here reaches {@code build} and {@code serve}. */
public final class Outputs {

    private Outputs() {
    }

    /**
     * What a site build makes, in order; the sitemap comes after the pages it lists, and the files
     * of {@code content/static/} last, so a clash with a generated file is found ({@link ClashCheck}).
     */
    public static List<Output> site() {
        return List.of(new PagesOutput(), new FeedsOutput(), new HostFilesOutput(), new AssetsOutput(),
                new SitemapOutput(), new StaticFilesOutput());
    }

    /** What the preview makes: the site, and each brief's email edition at {@code email/SLUG/}. */
    public static List<Output> preview() {
        List<Output> outputs = new java.util.ArrayList<>(site());
        outputs.add(new EmailPreviewOutput());
        return List.copyOf(outputs);
    }

    /**
     * The indexes of the paths that an earlier path of the plan already has: a static file named
     * like a page or feed, which would replace it. {@link ClashCheck} asks, and keeps the answer.
     */
    static List<Integer> clashIndexes(List<String> outputPaths) {
        // Compared without regard to case (macOS and Windows cannot tell "Index.html" from
        // "index.html"), and as folders too: a file "archive" and a page "archive/index.html"
        // cannot both be written.
        Set<String> paths = new HashSet<>();
        Set<String> folders = new HashSet<>();
        List<Integer> clashes = new java.util.ArrayList<>();
        for (int i = 0; i < outputPaths.size(); i++) {
            String path = outputPaths.get(i).toLowerCase(java.util.Locale.ROOT);
            List<String> above = foldersAbove(path);
            if (paths.contains(path) || folders.contains(path) || above.stream().anyMatch(paths::contains)) {
                clashes.add(i);
                continue;
            }
            paths.add(path);
            folders.addAll(above);
        }
        return clashes;
    }

    /** {@code a/b/c.html} → {@code a}, {@code a/b}. */
    private static List<String> foldersAbove(String path) {
        List<String> folders = new java.util.ArrayList<>();
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            folders.add(path.substring(0, slash));
        }
        return folders;
    }
}
