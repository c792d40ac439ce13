package newsbrief.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import newsbrief.model.Brief;

/**
 * Finds the briefs related to a brief: those sharing the most tags with it, then the closest in
 * time, then by slug.
 *
 * <p>Only the {@value #WINDOW} briefs nearest in time on each side within each of its tags are
 * candidates, so the work per brief stays bounded however many briefs a popular tag has: a
 * site of 100,000 briefs costs the same per page as one of 100.
 */
final class RelatedBriefs {

    static final int WINDOW = 10;

    private final Map<String, List<Brief>> byTag;
    private final Map<String, Map<Brief, Integer>> positions = new HashMap<>();

    /** @param byTag each tag's briefs, newest first */
    RelatedBriefs(Map<String, List<Brief>> byTag) {
        this.byTag = byTag;
        byTag.forEach((tag, briefs) -> {
            Map<Brief, Integer> index = new IdentityHashMap<>();
            for (int i = 0; i < briefs.size(); i++) {
                index.put(briefs.get(i), i);
            }
            positions.put(tag, index);
        });
    }

    List<Brief> of(Brief brief, int limit) {
        Map<Brief, Integer> shared = new IdentityHashMap<>();
        for (String tag : brief.tags()) {
            List<Brief> briefs = byTag.get(tag);
            Integer at = positions.get(tag).get(brief);
            if (briefs == null || at == null) {
                continue;
            }
            for (int i = Math.max(0, at - WINDOW); i <= Math.min(briefs.size() - 1, at + WINDOW); i++) {
                if (i != at) {
                    shared.merge(briefs.get(i), 1, Integer::sum);
                }
            }
        }
        Comparator<Brief> order = Comparator.comparing((Brief other) -> -shared.get(other))
                .thenComparingLong(other -> Math.abs(other.date().epochSecond() - brief.date().epochSecond()))
                .thenComparing(Brief::slug);
        return shared.keySet().stream().sorted(order).limit(limit).toList();
    }
}
