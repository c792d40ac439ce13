package newsbrief.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.ParsedBrief;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Splits a brief's body at the headings that open sections and checks them against the schema
 * (src/docs/BRIEF-FORMAT.md, "Body"): the preamble before the first as the schema allows, each
 * section known (or let stand), once unless it may repeat, in order unless any order will do, none
 * missing, none empty, and holding only the blocks, counts and sub-sections its rule allows. Every
 * problem is reported; none stops the others.
 */
final class SectionValidator {

    /**
     * A body that passed.
     *
     * @param preamble the text before the first section without markup, when there is some
     * @param sections the sections in the order they stand
     * @param leadId   the id of the section list pages show: the schema's lead when the brief has it, else the first
     */
    record Body(Optional<ValidatedBrief.PreambleText> preamble, List<ValidSection> sections, String leadId) {
        Body {
            java.util.Objects.requireNonNull(preamble, "preamble");
            sections = List.copyOf(sections);
            java.util.Objects.requireNonNull(leadId, "leadId");
        }
    }

    private final BriefSchema schema;
    private final SectionContentChecks contentChecks;
    private final MissingSections missingSections;
    private final PreambleCheck preambleCheck;
    private final SubsectionChecks subsectionChecks = new SubsectionChecks();
    private final HeadingSkips headingSkips = new HeadingSkips();

    SectionValidator(BriefSchema schema) {
        this.schema = schema;
        this.contentChecks = new SectionContentChecks(schema);
        this.missingSections = new MissingSections(schema);
        this.preambleCheck = new PreambleCheck(schema);
    }

    /** The preamble and sections, or empty when a problem was reported. */
    Optional<Body> validate(ParsedBrief brief) {
        FileDiagnostics report = brief.report();
        if (!brief.bodyFound()) {
            return Optional.empty();
        }
        Set<SectionRule> meant = new HashSet<>();
        List<Node> preamble = new ArrayList<>();
        List<FoundSection> found = split(brief, preamble, meant);
        String preambleText = PlainText.of(preamble);
        boolean valid = preambleCheck.check(preamble, preambleText,
                found.stream().findFirst().map(f -> brief.positionOf(f.heading())), brief);
        valid &= checkOrder(found, brief, report) & missingSections.check(found, meant, brief, report);
        headingSkips.check(brief);
        if (found.isEmpty() && valid) {
            report.add(brief.end(), Rule.SECTION_MISSING, "the brief has no section; expected "
                    + quotedHeadings(schema), "add a \"## " + schema.headings().get(0) + "\" heading and its text");
            valid = false;
        }
        for (FoundSection section : found) {
            valid &= contentChecks.checkContent(section, brief, report) & subsectionChecks.check(section, brief);
        }
        // A brief with any error makes no model: its sections are not worth rendering.
        if (!valid || report.hasErrors()) {
            return Optional.empty();
        }
        String leadId = schema.layout().lead().filter(id -> found.stream().anyMatch(f -> f.id().equals(id)))
                .orElse(found.get(0).id());
        return Optional.of(new Body(preamble.isEmpty() ? Optional.empty()
                : Optional.of(new ValidatedBrief.PreambleText(preambleText, WordCount.of(preambleText))),
                found.stream().map(section -> new ValidSection(section.id(), section.shownHeading(), section.blocks(),
                        section.bullets(), section.text(), WordCount.of(section.text()))).toList(), leadId));
    }

    /**
     * The sections found; {@code preamble} receives the blocks before the first heading, and
     * {@code meant} the sections that misspelt headings were probably meant to be.
     */
    private List<FoundSection> split(ParsedBrief brief, List<Node> preamble, Set<SectionRule> meant) {
        SectionHeadings headings = new SectionHeadings(schema, brief);
        List<FoundSection> found = new ArrayList<>();
        FoundSection current = null;
        boolean headingSeen = false;
        for (Node block = brief.body().getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof LinkReferenceDefinition) {
                // "[1]: https://..." defines a link target; it renders as nothing and can stand anywhere.
                continue;
            }
            if (block instanceof Heading heading && heading.getLevel() <= 2) {
                headingSeen = true;
                current = headings.open(heading, found, meant);
                if (current != null) {
                    found.add(current);
                }
            } else if (current != null) {
                current.blocks().add(block);
            } else if (!headingSeen) {
                preamble.add(block);
            }
        }
        return found;
    }

    static String quotedHeadings(BriefSchema schema) {
        return String.join(", ", schema.headings().stream().map(h -> "\"" + h + "\"").toList());
    }

    /** Under {@code order: strict}, each section of the schema after those before it; others stand anywhere. */
    private boolean checkOrder(List<FoundSection> found, ParsedBrief brief, FileDiagnostics report) {
        if (schema.layout().order() == BodyLayout.Order.ANY) {
            return true;
        }
        boolean valid = true;
        FoundSection latest = null;
        for (FoundSection section : found.stream().filter(FoundSection::known).toList()) {
            if (latest != null && indexOf(section.rule()) < indexOf(latest.rule())) {
                report.add(brief.positionOf(section.heading()), Rule.SECTION_ORDER, "section \""
                        + section.rule().heading() + "\" is out of order; expected before \"" + latest.rule().heading()
                        + "\"", "sections go in this order: " + quotedHeadings(schema));
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
