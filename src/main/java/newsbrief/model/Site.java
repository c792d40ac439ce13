package newsbrief.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Set;

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
        briefs = newestFirst(briefs);
        scheduled = Set.copyOf(scheduled);
    }

    public Site(SiteConfig config, List<Brief> briefs) {
        this(config, briefs, Set.of());
    }

    /**
     * Newest first; briefs of the same moment by slug, so output never depends on file order. Each
     * brief's moment is worked out once rather than at each of the sort's comparisons: the preview
     * sorts all briefs on every save.
     */
    private static List<Brief> newestFirst(List<Brief> briefs) {
        record Dated(long epochSecond, Brief brief) {
        }
        Comparator<Dated> newestFirst = Comparator.comparingLong(Dated::epochSecond).reversed()
                .thenComparing(dated -> dated.brief().slug());
        List<Dated> dated = new ArrayList<>(briefs.size());
        briefs.forEach(brief -> dated.add(new Dated(brief.date().epochSecond(), brief)));
        dated.sort(newestFirst);
        return dated.stream().map(Dated::brief).toList();
    }

    /** The briefs of each tag, newest first, tags in alphabetical order. */
    public Map<String, List<Brief>> briefsByTag() {
        // Grouped by hash, then put in order once: a tree map would compare tags at every one of the
        // (briefs × tags) insertions, which the preview makes on every save.
        Map<String, List<Brief>> byTag = new HashMap<>();
        for (Brief brief : briefs) {
            for (String tag : brief.tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(brief);
            }
        }
        return new TreeMap<>(byTag);
    }

    /** The latest {@code count} of some briefs, newest first: what a feed of them carries. */
    public static List<Brief> latest(List<Brief> briefs, int count) {
        return briefs.subList(0, Math.min(briefs.size(), count));
    }

    /** The site of the briefs that {@code publication} publishes. */
    public static Site of(SiteConfig config, List<Brief> briefs, Publication publication) {
        // Each brief's moment worked out once: the preview does this for every brief on every save.
        List<Brief> published = new ArrayList<>(briefs.size());
        Set<String> scheduled = new HashSet<>();
        for (Brief brief : briefs) {
            boolean isScheduled = publication.isScheduledAt(brief.date().epochSecond());
            if (publication.publishes(brief.draft(), isScheduled)) {
                published.add(brief);
                if (isScheduled) {
                    scheduled.add(brief.slug());
                }
            }
        }
        return new Site(config, published, scheduled);
    }
}
