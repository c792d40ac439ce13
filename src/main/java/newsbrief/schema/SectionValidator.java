package newsbrief.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.ParsedBrief;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Splits a brief's body at its level-2 headings and checks the sections against the schema
 * (src/docs/BRIEF-FORMAT.md, "Body"): each known, once, in order, none missing, none empty, and holding only
 * the blocks and counts its rule allows. Every problem is reported; none stops the others.
 */
final class SectionValidator {


    private final BriefSchema schema;
    private final SectionContentChecks contentChecks;
    private final MissingSections missingSections;
    private final HeadingSkips headingSkips = new HeadingSkips();

    SectionValidator(BriefSchema schema) {
        this.schema = schema;
        this.contentChecks = new SectionContentChecks(schema);
        this.missingSections = new MissingSections(schema);
    }

    /** The sections in schema order, or empty when a problem was reported. */
    Optional<List<ValidSection>> validate(ParsedBrief brief) {
        FileDiagnostics report = brief.report();
        if (!brief.bodyFound()) {
            return Optional.empty();
        }
        Set<SectionRule> meant = new HashSet<>();
        List<FoundSection> found = split(brief, meant, report);
        boolean valid = checkOrder(found, brief, report) & missingSections.check(found, meant, brief, report);
        headingSkips.check(brief);
        if (found.isEmpty() && valid) {
            report.add(brief.end(), Rule.SECTION_MISSING, "the brief has no section; expected "
                    + quotedHeadings(), "add a \"## " + schema.headings().get(0) + "\" heading and its text");
            valid = false;
        }
        for (FoundSection section : found) {
            valid &= contentChecks.checkContent(section, brief, report);
        }
        // A brief with any error makes no model: its sections are not worth rendering.
        if (!valid || report.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(found.stream().map(section -> new ValidSection(section.rule().id(),
                section.rule().heading(), section.blocks(), section.bullets(), section.text(),
                WordCount.of(section.text()))).toList());
    }

    /** The sections found; {@code meant} receives the sections that misspelt headings were probably meant to be. */
    private List<FoundSection> split(ParsedBrief brief, Set<SectionRule> meant, FileDiagnostics report) {
        List<FoundSection> found = new ArrayList<>();
        FoundSection current = null;
        boolean reportedStray = false;
        boolean inUnknown = false;
        for (Node block = brief.body().getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof LinkReferenceDefinition) {
                // "[1]: https://..." defines a link target; it renders as nothing and can stand anywhere.
                continue;
            }
            if (block instanceof Heading heading && heading.getLevel() <= 2) {
                current = startSection(heading, found, meant, brief, report);
                inUnknown = current == null;
                if (current != null) {
                    found.add(current);
                }
            } else if (current != null) {
                current.blocks().add(block);
            } else if (!inUnknown && !reportedStray) {
                report.add(brief.positionOf(block), Rule.CONTENT_BEFORE_SECTION,
                        "text stands before the first section; expected \"## " + schema.headings().get(0) + "\"",
                        "the headline is the title in the front matter; start the body with \"## "
                                + schema.headings().get(0) + "\"");
                reportedStray = true;
            }
        }
        return found;
    }

    /** The section a level-2 heading opens, or null after reporting why it opens none. */
    private FoundSection startSection(Heading heading, List<FoundSection> found, Set<SectionRule> meant,
            ParsedBrief brief, FileDiagnostics report) {
        SourcePosition position = brief.positionOf(heading);
        String text = headingText(heading);
        if (heading.getLevel() == 1) {
            report.add(position, Rule.HEADING_LEVEL, "level-1 heading \"" + text + "\"; sections are level-2 headings",
                    "the headline is the title in the front matter; use \"## \" for sections");
            return null;
        }
        Optional<SectionRule> rule = schema.sectionFor(text);
        if (rule.isEmpty()) {
            String message = "unknown section \"" + text + "\"" + Invisibles.describe(text) + "; expected one of "
                    + quotedHeadings();
            Optional<String> nearest = NearestName.among(SectionRule.normalise(text), schema.headings());
            nearest.flatMap(schema::sectionFor).ifPresent(meant::add);
            report.add(position, Rule.SECTION_UNKNOWN, message, nearest.map(h -> "did you mean \"## " + h + "\"?")
                    .orElse("sections are " + quotedHeadings()));
            return null;
        }
        Optional<FoundSection> earlier = found.stream().filter(f -> f.rule().equals(rule.get())).findFirst();
        if (earlier.isPresent()) {
            report.add(position, Rule.SECTION_REPEATED, "section \"" + rule.get().heading()
                    + "\" is repeated; it first appears on line " + brief.positionOf(earlier.get().heading()).line(),
                    "merge the two into one section");
            return null;
        }
        return new FoundSection(rule.get(), heading);
    }

    private String quotedHeadings() {
        return String.join(", ", schema.headings().stream().map(h -> "\"" + h + "\"").toList());
    }

    private boolean checkOrder(List<FoundSection> found, ParsedBrief brief, FileDiagnostics report) {
        boolean valid = true;
        FoundSection latest = null;
        for (FoundSection section : found) {
            if (latest != null && indexOf(section.rule()) < indexOf(latest.rule())) {
                report.add(brief.positionOf(section.heading()), Rule.SECTION_ORDER, "section \""
                        + section.rule().heading() + "\" is out of order; expected before \"" + latest.rule().heading()
                        + "\"", "sections go in this order: " + quotedHeadings());
                valid = false;
            } else {
                latest = section;
            }
        }
        return valid;
    }

    private int indexOf(SectionRule rule) {
        return schema.sections().indexOf(rule);
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

}
