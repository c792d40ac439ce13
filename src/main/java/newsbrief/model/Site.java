package newsbrief.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What gets published: the settings and the briefs to publish, newest first.
 *
 * @param config    the settings
 * @param briefs    the published briefs, newest first, ties by slug
 * @param scheduled slugs of published briefs dated in the future (only when previewing them)
 */
public record Site(SiteConfig config, List<Brief> briefs, Set<String> scheduled) {

    public Site {
        Objects.requireNonNull(config, "config");
        briefs = briefs.stream().sorted(Brief.NEWEST_FIRST).toList();
        scheduled = Set.copyOf(scheduled);
    }

    public Site(SiteConfig config, List<Brief> briefs) {
        this(config, briefs, Set.of());
    }

    /** The site of the briefs that {@code publication} publishes. */
    public static Site of(SiteConfig config, List<Brief> briefs, Publication publication) {
        List<Brief> published = briefs.stream().filter(publication::publishes).toList();
        Set<String> scheduled = published.stream().filter(publication::isScheduled).map(Brief::slug)
                .collect(Collectors.toSet());
        return new Site(config, published, scheduled);
    }
}
