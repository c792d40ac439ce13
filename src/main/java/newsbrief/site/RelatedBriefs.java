package newsbrief.site;

import java.util.ArrayList;
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
 * site of 100,000 briefs costs the same per page as one of 100. This runs for every brief on
 * every build and every preview rebuild, so it works on arrays made once: each brief's place in
 * each of its tags, and each brief's moment as a number. Thread-safe once made.
 */
final class RelatedBriefs {

    static final int WINDOW = 10;

    private final List<Brief> briefs;
    private final long[] moments;
    /** For each brief (by its index in {@link #briefs}), the indexes of each of its tags' briefs. */
    private final int[][][] tagLists;
    /** For each brief, its place in each of those lists. */
    private final int[][] places;

    /**
     * @param briefs every brief, newest first
     * @param byTag  each tag's briefs, newest first
     */
    RelatedBriefs(List<Brief> briefs, Map<String, List<Brief>> byTag) {
        this.briefs = briefs;
        Map<Brief, Integer> index = new IdentityHashMap<>(briefs.size() * 2);
        moments = new long[briefs.size()];
        for (int i = 0; i < briefs.size(); i++) {
            index.put(briefs.get(i), i);
            moments[i] = briefs.get(i).date().epochSecond();
        }
        Map<String, int[]> tagIndexes = new java.util.HashMap<>();
        Map<String, Map<Integer, Integer>> placeInTag = new java.util.HashMap<>();
        byTag.forEach((tag, tagged) -> {
            int[] indexes = new int[tagged.size()];
            Map<Integer, Integer> place = new java.util.HashMap<>(tagged.size() * 2);
            for (int i = 0; i < tagged.size(); i++) {
                indexes[i] = index.get(tagged.get(i));
                place.put(indexes[i], i);
            }
            tagIndexes.put(tag, indexes);
            placeInTag.put(tag, place);
        });
        tagLists = new int[briefs.size()][][];
        places = new int[briefs.size()][];
        for (int i = 0; i < briefs.size(); i++) {
            List<String> tags = briefs.get(i).tags();
            tagLists[i] = new int[tags.size()][];
            places[i] = new int[tags.size()];
            for (int t = 0; t < tags.size(); t++) {
                tagLists[i][t] = tagIndexes.get(tags.get(t));
                places[i][t] = placeInTag.get(tags.get(t)).get(i);
            }
        }
    }

    /** The related briefs of the brief at {@code index} in the list this was made with. */
    List<Brief> of(int index, int limit) {
        int[] candidates = new int[tagLists[index].length * 2 * WINDOW];
        int[] shared = new int[candidates.length];
        int count = 0;
        for (int t = 0; t < tagLists[index].length; t++) {
            int[] list = tagLists[index][t];
            int at = places[index][t];
            for (int i = Math.max(0, at - WINDOW); i <= Math.min(list.length - 1, at + WINDOW); i++) {
                if (i != at) {
                    count = countIn(list[i], candidates, shared, count);
                }
            }
        }
        // The best few of a few dozen candidates: picked in one pass, not sorted.
        List<Integer> best = new ArrayList<>(limit + 1);
        List<Integer> bestShared = new ArrayList<>(limit + 1);
        for (int c = 0; c < count; c++) {
            int place = best.size();
            while (place > 0 && better(candidates[c], shared[c], best.get(place - 1), bestShared.get(place - 1),
                    index)) {
                place--;
            }
            if (place < limit) {
                best.add(place, candidates[c]);
                bestShared.add(place, shared[c]);
                if (best.size() > limit) {
                    best.remove(limit);
                    bestShared.remove(limit);
                }
            }
        }
        return best.stream().map(briefs::get).toList();
    }

    private static int countIn(int candidate, int[] candidates, int[] shared, int count) {
        for (int c = 0; c < count; c++) {
            if (candidates[c] == candidate) {
                shared[c]++;
                return count;
            }
        }
        candidates[count] = candidate;
        shared[count] = 1;
        return count + 1;
    }

    /** More tags shared, then nearer in time to the brief at {@code of}, then by slug. */
    private boolean better(int a, int sharedA, int b, int sharedB, int of) {
        if (sharedA != sharedB) {
            return sharedA > sharedB;
        }
        long distanceA = Math.abs(moments[a] - moments[of]);
        long distanceB = Math.abs(moments[b] - moments[of]);
        if (distanceA != distanceB) {
            return distanceA < distanceB;
        }
        return briefs.get(a).slug().compareTo(briefs.get(b).slug()) < 0;
    }
}
