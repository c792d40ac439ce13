package newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * What gets published: the settings and the briefs to publish, newest first.
 *
 * @param config the settings
 * @param briefs the published briefs, newest first, ties by slug
 */
public record Site(SiteConfig config, List<Brief> briefs) {

    public Site {
        Objects.requireNonNull(config, "config");
        briefs = briefs.stream().sorted(Brief.NEWEST_FIRST).toList();
    }

    /** The site of the briefs that {@code publication} publishes. */
    public static Site of(SiteConfig config, List<Brief> briefs, Publication publication) {
        return new Site(config, briefs.stream().filter(publication::publishes).toList());
    }
}
