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
     * of {@code content/static/} last, so a clash with a generated file is found ({@link #clashes}).
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
     * Every planned file whose path an earlier file of the plan already has: a static file named
     * like a page or feed, which would replace it.
     */
    public static List<PlannedFile> clashes(List<PlannedFile> files) {
        Set<String> seen = new HashSet<>();
        return files.stream().filter(file -> !seen.add(file.outputPath())).toList();
    }
}
