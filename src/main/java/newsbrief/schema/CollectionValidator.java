package newsbrief.schema;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.RulePolicy;
import newsbrief.diag.SourcePosition;
import newsbrief.model.Brief;
import newsbrief.model.Slug;

/**
 * Rules over all briefs together: no two briefs on one page, no brief published twice, and one
 * spelling per tag. Each problem is reported in the later file (by path), naming the earlier one.
 */
public final class CollectionValidator {

    private final RulePolicy policy;

    public CollectionValidator(RulePolicy policy) {
        this.policy = policy;
    }

    public void validate(List<Brief> briefs, Diagnostics diagnostics) {
        List<Brief> byPath = briefs.stream().sorted(Comparator.comparing(Brief::sourcePath)).toList();
        checkSlugs(byPath, diagnostics);
        checkTitles(byPath, diagnostics);
        checkTagPaths(byPath, diagnostics);
        checkTagSpellings(byPath, diagnostics);
    }

    /**
     * Two tags whose pages would land in one folder ("AI" and "ai" both make {@code tags/ai/}),
     * which on macOS and Windows are one folder even when the names differ only in case.
     */
    private void checkTagPaths(List<Brief> briefs, Diagnostics diagnostics) {
        Map<String, String> tagByPath = new HashMap<>();
        for (Brief brief : briefs) {
            for (String tag : brief.tags()) {
                String path = Slug.fromText(tag);
                String other = tagByPath.putIfAbsent(path, tag);
                if (other != null && !other.equals(tag)) {
                    reportFor(brief, diagnostics).add(brief.positionOf("tags"), Rule.TAG_COLLISION, "tag \"" + tag
                            + "\" and tag \"" + other + "\" would share the page tags/" + path + "/",
                            "write the tag as \"" + other + "\"");
                }
            }
        }
    }

    private FileDiagnostics reportFor(Brief brief, Diagnostics diagnostics) {
        return new FileDiagnostics(brief.sourcePath(), line -> "", diagnostics, policy);
    }

    private void checkSlugs(List<Brief> briefs, Diagnostics diagnostics) {
        Map<String, Brief> bySlug = new HashMap<>();
        for (Brief brief : briefs) {
            Brief first = bySlug.putIfAbsent(brief.slug(), brief);
            if (first != null) {
                SourcePosition where = brief.positions().containsKey("slug") ? brief.positionOf("slug") : SourcePosition.START;
                reportFor(brief, diagnostics).add(where, Rule.SLUG_DUPLICATE, "slug \"" + brief.slug()
                        + "\" is also used by " + first.sourcePath() + "; each brief needs its own page",
                        "give one of them another \"slug:\" in its front matter");
            }
        }
    }

    /** The same headline on the same day is almost always one story saved twice. */
    private void checkTitles(List<Brief> briefs, Diagnostics diagnostics) {
        Map<String, Brief> seen = new HashMap<>();
        for (Brief brief : briefs) {
            String key = brief.date().date() + " " + brief.title().strip().toLowerCase(Locale.ROOT);
            Brief first = seen.putIfAbsent(key, brief);
            if (first != null) {
                reportFor(brief, diagnostics).add(brief.positionOf("title"), Rule.TITLE_DUPLICATE, "title \""
                        + brief.title() + "\" on " + brief.date().date() + " is also used by " + first.sourcePath(),
                        "if it is the same story, keep one file");
            }
        }
    }

    /**
     * Tags that differ only in punctuation, case or a plural ("open-ai", "openai", "OpenAI") split
     * one topic over several pages. One warning per such group, in the first brief (by path) that
     * uses a spelling other than the most used one: output grows with the tags, not their square.
     */
    private void checkTagSpellings(List<Brief> briefs, Diagnostics diagnostics) {
        Map<String, TreeSet<String>> spellings = new TreeMap<>();
        Map<String, Brief> firstUse = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Brief brief : briefs) {
            for (String tag : new HashSet<>(brief.tags())) {
                spellings.computeIfAbsent(spellingKey(tag), k -> new TreeSet<>()).add(tag);
                firstUse.putIfAbsent(tag, brief);
                uses.merge(tag, 1, Integer::sum);
            }
        }
        for (TreeSet<String> variants : spellings.values()) {
            if (variants.size() < 2) {
                continue;
            }
            String preferred = variants.stream().max(Comparator.comparingInt((String tag) -> uses.get(tag))
                    .thenComparing(Comparator.reverseOrder())).orElseThrow();
            List<String> others = variants.stream().filter(tag -> !tag.equals(preferred)).toList();
            Brief brief = others.stream().map(firstUse::get).min(Comparator.comparing(Brief::sourcePath)).orElseThrow();
            String subject = others.size() == 1 ? "tag " + quoted(others) + " differs" : "tags " + quoted(others) + " differ";
            reportFor(brief, diagnostics).add(brief.positionOf("tags"), Rule.TAG_SPELLING, subject + " from \""
                    + preferred + "\" only in spelling", "use \"" + preferred + "\" everywhere, so the briefs share one tag page");
        }
    }

    /** What is left of a tag without case, punctuation and an English plural: "Open-AIs" → "openai". */
    static String spellingKey(String tag) {
        String letters = tag.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.length() > 4 && letters.endsWith("ies")) {
            return letters.substring(0, letters.length() - 3) + "y";
        }
        if (letters.length() > 3 && letters.endsWith("s") && !letters.endsWith("ss")) {
            return letters.substring(0, letters.length() - 1);
        }
        return letters;
    }

    private static String quoted(List<String> tags) {
        return String.join(", ", tags.stream().map(t -> "\"" + t + "\"").toList());
    }
}
