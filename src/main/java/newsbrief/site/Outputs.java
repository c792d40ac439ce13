package newsbrief.site;

import java.util.List;

/** Where the outputs are registered: adding an output to a list here reaches {@code build} and {@code serve}. */
public final class Outputs {

    private Outputs() {
    }

    /** What a site build makes, in order; the sitemap comes last, since it lists the pages before it. */
    public static List<Output> site() {
        return List.of(new PagesOutput(), new FeedsOutput(), new HostFilesOutput(), new AssetsOutput(),
                new SitemapOutput());
    }
}
