package newsbrief.schema;

import java.util.List;
import java.util.Optional;
import newsbrief.content.ParsedBrief;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * What may stand in a section, and how much (src/docs/BRIEF-FORMAT.md, "Body"): block kinds, bullet and
 * paragraph counts, word limits, and the editorial limits on bullets.
 */
final class SectionContentChecks {

    private final BriefSchema schema;

    SectionContentChecks(BriefSchema schema) {
        this.schema = schema;
    }

    static String expectedContent(SectionRule rule) {
        if (rule.minParagraphs().orElse(0) > 0) {
            return "at least " + plural(rule.minParagraphs().get(), "paragraph");
        }
        if (rule.minBullets().orElse(0) > 0) {
            return "a list of at least " + plural(rule.minBullets().get(), "bullet");
        }
        return "its text";
    }

    boolean checkContent(FoundSection section, ParsedBrief brief, FileDiagnostics report) {
        SectionRule rule = section.rule();
        SourcePosition headingPosition = brief.positionOf(section.heading());
        if (section.blocks().isEmpty()) {
            report.add(headingPosition, Rule.SECTION_EMPTY, "section \"" + rule.heading() + "\" is empty; expected "
                    + expectedContent(rule));
            return false;
        }
        boolean valid = true;
        for (Node block : section.blocks()) {
            BlockKind kind = BlockKind.of(block);
            if (!rule.blocks().contains(kind)) {
                report.add(brief.positionOf(block), Rule.BLOCK_NOT_ALLOWED, BlockKind.describe(block) + " is not allowed in \""
                        + rule.heading() + "\"; expected " + allowedBlocks(rule));
                valid = false;
            }
        }
        checkWords(section, headingPosition, report);
        return valid & checkBullets(section, headingPosition, brief, report)
                & checkParagraphs(section, headingPosition, report);
    }

    private void checkWords(FoundSection section, SourcePosition headingPosition, FileDiagnostics report) {
        section.rule().words().ifPresent(limit -> {
            int words = WordCount.of(section.text());
            if (limit.excludes(words)) {
                report.report(limit.severity(), headingPosition, Rule.SECTION_WORDS, "section \"" + section.rule().heading()
                        + "\" has " + plural(words, "word") + "; expected " + limit.describe(), Optional.empty());
            }
        });
    }

    private static String allowedBlocks(SectionRule rule) {
        List<String> names = rule.blocks().stream().sorted().map(BlockKind::description).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private boolean checkBullets(FoundSection section, SourcePosition headingPosition, ParsedBrief brief,
            FileDiagnostics report) {
        SectionRule rule = section.rule();
        List<ListItem> bullets = section.bullets();
        int count = bullets.size();
        Optional<Node> firstList = section.blocks().stream().filter(BulletList.class::isInstance).findFirst();
        SourcePosition where = firstList.map(brief::positionOf).orElse(headingPosition);
        boolean valid = true;
        if (rule.minBullets().isPresent() && count < rule.minBullets().get()
                || rule.maxBullets().isPresent() && count > rule.maxBullets().get()) {
            report.add(where, Rule.BULLET_COUNT, "section \"" + rule.heading() + "\" has " + plural(count, "bullet")
                    + "; expected " + range(rule));
            valid = false;
        }
        Optional<Integer> maxWords = schema.checks().bulletWordsMax();
        Optional<Integer> maxSentences = rule.maxBulletSentences();
        // The JDK's sentence iterator is costly to make: only when the rule asks for it.
        Sentences counter = maxSentences.isPresent() ? new Sentences() : null;
        for (ListItem bullet : maxWords.isPresent() || maxSentences.isPresent() ? bullets : List.<ListItem>of()) {
            String text = PlainText.of(bullet);
            int words = WordCount.of(text);
            if (maxWords.isPresent() && words > maxWords.get()) {
                report.add(brief.positionOf(bullet), Rule.BULLET_WORDS, "bullet has "
                        + plural(words, "word") + "; at most " + maxWords.get() + " are expected",
                        "keep a bullet to one short sentence");
            }
            int sentences = maxSentences.isPresent() ? counter.count(text) : 0;
            if (maxSentences.isPresent() && sentences > maxSentences.get()) {
                report.add(brief.positionOf(bullet), Rule.BULLET_SENTENCES, "bullet has "
                        + plural(sentences, "sentence") + "; at most " + maxSentences.get() + " are expected",
                        "a Summary bullet says one thing; move detail to \"" + schema.headings().get(
                                Math.min(1, schema.headings().size() - 1)) + "\"");
            }
        }
        return valid;
    }

    private static String range(SectionRule rule) {
        if (rule.minBullets().isPresent() && rule.maxBullets().isPresent()) {
            return rule.minBullets().get() + " to " + rule.maxBullets().get();
        }
        return rule.minBullets().map(min -> "at least " + min).orElseGet(() -> "at most " + rule.maxBullets().get());
    }

    private static boolean checkParagraphs(FoundSection section, SourcePosition headingPosition, FileDiagnostics report) {
        SectionRule rule = section.rule();
        long paragraphs = section.blocks().stream().filter(Paragraph.class::isInstance).count();
        if (rule.minParagraphs().isPresent() && paragraphs < rule.minParagraphs().get()) {
            report.add(headingPosition, Rule.PARAGRAPH_COUNT, "section \"" + rule.heading() + "\" has "
                    + plural(paragraphs, "paragraph") + "; expected at least " + rule.minParagraphs().get());
            return false;
        }
        return true;
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
