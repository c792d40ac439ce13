package newsbrief.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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

    /** The briefs of each tag, newest first, tags in alphabetical order. */
    public Map<String, List<Brief>> briefsByTag() {
        Map<String, List<Brief>> byTag = new TreeMap<>();
        for (Brief brief : briefs) {
            for (String tag : brief.tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(brief);
            }
        }
        return byTag;
    }

    /** The latest {@code count} of some briefs, newest first: what a feed of them carries. */
    public static List<Brief> latest(List<Brief> briefs, int count) {
        return briefs.subList(0, Math.min(briefs.size(), count));
    }

    /** The site of the briefs that {@code publication} publishes. */
    public static Site of(SiteConfig config, List<Brief> briefs, Publication publication) {
        List<Brief> published = briefs.stream().filter(publication::publishes).toList();
        Set<String> scheduled = published.stream().filter(publication::isScheduled).map(Brief::slug)
                .collect(Collectors.toSet());
        return new Site(config, published, scheduled);
    }
}
