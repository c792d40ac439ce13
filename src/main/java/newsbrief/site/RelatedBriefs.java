package newsbrief.site;

import java.util.ArrayList;
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
            Integer at = briefs == null ? null : positions.get(tag).get(brief);
            if (at == null) {
                continue;
            }
            for (int i = Math.max(0, at - WINDOW); i <= Math.min(briefs.size() - 1, at + WINDOW); i++) {
                if (i != at) {
                    shared.merge(briefs.get(i), 1, Integer::sum);
                }
            }
        }
        // The best few of a few dozen candidates: picked in one pass, not sorted, as this runs
        // for every brief of the site on every build and every preview rebuild.
        long when = brief.date().epochSecond();
        Comparator<Brief> better = Comparator.comparingInt((Brief other) -> shared.get(other)).reversed()
                .thenComparingLong(other -> Math.abs(other.date().epochSecond() - when))
                .thenComparing(Brief::slug);
        List<Brief> best = new ArrayList<>(limit + 1);
        for (Brief candidate : shared.keySet()) {
            int place = best.size();
            while (place > 0 && better.compare(candidate, best.get(place - 1)) < 0) {
                place--;
            }
            if (place < limit) {
                best.add(place, candidate);
                if (best.size() > limit) {
                    best.remove(limit);
                }
            }
        }
        return best;
    }
}
