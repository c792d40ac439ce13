package newsbrief.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsbrief.content.MarkdownHtml;
import newsbrief.content.ParsedBrief;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.SourcePosition;
import newsbrief.model.CompactText;
import newsbrief.model.Section;
import newsbrief.model.Words;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Splits a brief's body at its level-2 headings and checks the sections against the schema
 * (BRIEF-FORMAT.md, "Body"): each known, once, in order, none missing, none empty, and holding only
 * the blocks and counts its rule allows. Every problem is reported; none stops the others.
 */
final class SectionValidator {

    /** A section as found in the file: its rule, its heading and the blocks under it. */
    private static final class Found {
        private final SectionRule rule;
        private final Heading heading;
        private final List<Node> blocks = new ArrayList<>();
        private String text;

        Found(SectionRule rule, Heading heading) {
            this.rule = rule;
            this.heading = heading;
        }

        SectionRule rule() {
            return rule;
        }

        Heading heading() {
            return heading;
        }

        List<Node> blocks() {
            return blocks;
        }

        /** Its text without markup, made once: word limits and the model both need it. */
        String text() {
            if (text == null) {
                text = PlainText.of(blocks);
            }
            return text;
        }
    }

    private final BriefSchema schema;
    private final MarkdownHtml html;
    private final boolean deflateHtml;

    SectionValidator(BriefSchema schema, MarkdownHtml html, boolean deflateHtml) {
        this.schema = schema;
        this.html = html;
        this.deflateHtml = deflateHtml;
    }

    /** The sections in schema order, or empty when a problem was reported. */
    Optional<List<Section>> validate(ParsedBrief brief) {
        FileDiagnostics report = brief.report();
        if (!brief.bodyFound()) {
            return Optional.empty();
        }
        List<Found> found = split(brief, report);
        boolean valid = checkOrder(found, brief, report) & checkMissing(found, brief, report);
        if (found.isEmpty() && valid) {
            report.error(brief.end(), "section-missing", "the brief has no section; expected "
                    + quotedHeadings(), "add a \"## " + schema.headings().get(0) + "\" heading and its text");
            valid = false;
        }
        for (Found section : found) {
            valid &= checkContent(section, brief, report);
        }
        if (!valid) {
            return Optional.empty();
        }
        List<String> sectionHtml = html.renderSections(brief.body(), found.stream().map(Found::blocks).toList());
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            sections.add(toSection(found.get(i), sectionHtml.get(i)));
        }
        return Optional.of(sections);
    }

    private List<Found> split(ParsedBrief brief, FileDiagnostics report) {
        List<Found> found = new ArrayList<>();
        Found current = null;
        boolean reportedStray = false;
        boolean inUnknown = false;
        for (Node block = brief.body().getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof LinkReferenceDefinition) {
                // "[1]: https://..." defines a link target; it renders as nothing and can stand anywhere.
                continue;
            }
            if (block instanceof Heading heading && heading.getLevel() <= 2) {
                current = startSection(heading, found, brief, report);
                inUnknown = current == null;
                if (current != null) {
                    found.add(current);
                }
            } else if (current != null) {
                current.blocks().add(block);
            } else if (!inUnknown && !reportedStray) {
                report.error(brief.positionOf(block), "content-before-section",
                        "text stands before the first section; expected \"## " + schema.headings().get(0) + "\"",
                        "the headline is the title in the front matter; start the body with \"## "
                                + schema.headings().get(0) + "\"");
                reportedStray = true;
            }
        }
        return found;
    }

    /** The section a level-2 heading opens, or null after reporting why it opens none. */
    private Found startSection(Heading heading, List<Found> found, ParsedBrief brief, FileDiagnostics report) {
        SourcePosition position = brief.positionOf(heading);
        String text = headingText(heading);
        if (heading.getLevel() == 1) {
            report.error(position, "heading-level", "level-1 heading \"" + text + "\"; sections are level-2 headings",
                    "the headline is the title in the front matter; use \"## \" for sections");
            return null;
        }
        Optional<SectionRule> rule = schema.sectionFor(text);
        if (rule.isEmpty()) {
            String message = "unknown section \"" + text + "\"; expected one of " + quotedHeadings();
            Optional<String> nearest = NearestName.among(text, schema.headings());
            report.error(position, "section-unknown", message, nearest.map(h -> "did you mean \"## " + h + "\"?")
                    .orElse("sections are " + quotedHeadings()));
            return null;
        }
        Optional<Found> earlier = found.stream().filter(f -> f.rule().equals(rule.get())).findFirst();
        if (earlier.isPresent()) {
            report.error(position, "section-repeated", "section \"" + rule.get().heading()
                    + "\" is repeated; it first appears on line " + brief.positionOf(earlier.get().heading()).line(),
                    "merge the two into one section");
            return null;
        }
        return new Found(rule.get(), heading);
    }

    private String quotedHeadings() {
        return String.join(", ", schema.headings().stream().map(h -> "\"" + h + "\"").toList());
    }

    private boolean checkOrder(List<Found> found, ParsedBrief brief, FileDiagnostics report) {
        boolean valid = true;
        Found latest = null;
        for (Found section : found) {
            if (latest != null && indexOf(section.rule()) < indexOf(latest.rule())) {
                report.error(brief.positionOf(section.heading()), "section-order", "section \""
                        + section.rule().heading() + "\" is out of order; expected before \"" + latest.rule().heading()
                        + "\"", "sections go in this order: " + quotedHeadings());
                valid = false;
            } else {
                latest = section;
            }
        }
        return valid;
    }

    private boolean checkMissing(List<Found> found, ParsedBrief brief, FileDiagnostics report) {
        boolean valid = true;
        List<SectionRule> rules = schema.sections();
        for (int i = 0; i < rules.size(); i++) {
            SectionRule rule = rules.get(i);
            if (!rule.required() || found.stream().anyMatch(f -> f.rule().equals(rule))) {
                continue;
            }
            Optional<Found> next = firstFoundAfter(i, found);
            SourcePosition where = next.map(f -> brief.positionOf(f.heading())).orElse(brief.end());
            String place = i == 0 ? "expected first" : "expected after \"" + rules.get(i - 1).heading() + "\"";
            report.error(where, "section-missing", "section \"" + rule.heading() + "\" is missing; " + place,
                    "add a \"## " + rule.heading() + "\" heading followed by " + expectedContent(rule));
            valid = false;
        }
        return valid;
    }

    /** The first section in the file whose rule comes after rule {@code ruleIndex} in the schema. */
    private Optional<Found> firstFoundAfter(int ruleIndex, List<Found> found) {
        return found.stream().filter(f -> indexOf(f.rule()) > ruleIndex).findFirst();
    }

    private int indexOf(SectionRule rule) {
        return schema.sections().indexOf(rule);
    }

    private static String expectedContent(SectionRule rule) {
        if (rule.minParagraphs().orElse(0) > 0) {
            return "at least " + plural(rule.minParagraphs().get(), "paragraph");
        }
        if (rule.minBullets().orElse(0) > 0) {
            return "a list of at least " + plural(rule.minBullets().get(), "bullet");
        }
        return "its text";
    }

    private boolean checkContent(Found section, ParsedBrief brief, FileDiagnostics report) {
        SectionRule rule = section.rule();
        SourcePosition headingPosition = brief.positionOf(section.heading());
        if (section.blocks().isEmpty()) {
            report.error(headingPosition, "section-empty", "section \"" + rule.heading() + "\" is empty; expected "
                    + expectedContent(rule));
            return false;
        }
        boolean valid = true;
        for (Node block : section.blocks()) {
            BlockKind kind = BlockKind.of(block);
            if (!rule.blocks().contains(kind)) {
                report.error(brief.positionOf(block), "block-not-allowed", kind.description() + " is not allowed in \""
                        + rule.heading() + "\"; expected " + allowedBlocks(rule));
                valid = false;
            }
        }
        checkWords(section, headingPosition, report);
        return valid & checkBullets(section, headingPosition, brief, report)
                & checkParagraphs(section, headingPosition, report);
    }

    private void checkWords(Found section, SourcePosition headingPosition, FileDiagnostics report) {
        section.rule().words().ifPresent(limit -> {
            int words = Words.count(section.text());
            if (limit.excludes(words)) {
                report.report(limit.severity(), headingPosition, "section-words", "section \"" + section.rule().heading()
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

    private boolean checkBullets(Found section, SourcePosition headingPosition, ParsedBrief brief,
            FileDiagnostics report) {
        SectionRule rule = section.rule();
        List<ListItem> bullets = bullets(section);
        int count = bullets.size();
        Optional<Node> firstList = section.blocks().stream().filter(BulletList.class::isInstance).findFirst();
        SourcePosition where = firstList.map(brief::positionOf).orElse(headingPosition);
        boolean valid = true;
        if (rule.minBullets().isPresent() && count < rule.minBullets().get()
                || rule.maxBullets().isPresent() && count > rule.maxBullets().get()) {
            report.error(where, "bullet-count", "section \"" + rule.heading() + "\" has " + plural(count, "bullet")
                    + "; expected " + range(rule));
            valid = false;
        }
        Optional<Integer> maxWords = schema.checks().bulletWordsMax();
        Optional<Integer> maxSentences = rule.maxBulletSentences();
        Sentences counter = new Sentences();
        for (ListItem bullet : maxWords.isPresent() || maxSentences.isPresent() ? bullets : List.<ListItem>of()) {
            String text = PlainText.of(bullet);
            int words = Words.count(text);
            if (maxWords.isPresent() && words > maxWords.get()) {
                report.warning(brief.positionOf(bullet), EditorialChecks.BULLET_WORDS, "bullet has "
                        + plural(words, "word") + "; at most " + maxWords.get() + " are expected",
                        "keep a bullet to one short sentence");
            }
            int sentences = maxSentences.isPresent() ? counter.count(text) : 0;
            if (maxSentences.isPresent() && sentences > maxSentences.get()) {
                report.warning(brief.positionOf(bullet), "bullet-sentences", "bullet has "
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

    private static boolean checkParagraphs(Found section, SourcePosition headingPosition, FileDiagnostics report) {
        SectionRule rule = section.rule();
        long paragraphs = section.blocks().stream().filter(Paragraph.class::isInstance).count();
        if (rule.minParagraphs().isPresent() && paragraphs < rule.minParagraphs().get()) {
            report.error(headingPosition, "paragraph-count", "section \"" + rule.heading() + "\" has "
                    + plural(paragraphs, "paragraph") + "; expected at least " + rule.minParagraphs().get());
            return false;
        }
        return true;
    }

    private static List<ListItem> bullets(Found section) {
        List<ListItem> items = new ArrayList<>();
        for (Node block : section.blocks()) {
            if (block instanceof BulletList) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    items.add((ListItem) item);
                }
            }
        }
        return items;
    }

    private Section toSection(Found found, String sectionHtml) {
        List<String> bulletHtml = bullets(found).stream().map(this::itemHtml).toList();
        return Section.of(found.rule().id(), found.rule().heading(), CompactText.of(sectionHtml, deflateHtml),
                bulletHtml, found.text());
    }

    /** A bullet's HTML without its list: the inline content of a lone paragraph, else its blocks. */
    private String itemHtml(ListItem item) {
        Node first = item.getFirstChild();
        if (first instanceof Paragraph paragraph && first.getNext() == null) {
            return html.renderInline(paragraph);
        }
        List<Node> blocks = new ArrayList<>();
        for (Node child = first; child != null; child = child.getNext()) {
            blocks.add(child);
        }
        return html.render(blocks);
    }

    static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        appendText(heading, text);
        return text.toString().strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                appendText(child, text);
            }
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
