package newsbrief.schema;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.ParsedBrief;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.Rule;
import newsbrief.diag.Severity;
import newsbrief.diag.SourcePosition;
import newsbrief.model.Slug;
import org.commonmark.node.Heading;

/**
 * Decides which section a heading at the top of a brief opens (src/docs/BRIEF-FORMAT.md, "Body"):
 * one of the schema's at a level it allows, once unless it may repeat, or, when the schema lets
 * unknown headings stand, a section of its own. Each section gets an id unique within the page.
 * One instance per brief: it remembers the ids given.
 */
final class SectionHeadings {

    /** Ids the brief page's template gives its own elements. */
    private static final Set<String> TEMPLATE_IDS = Set.of("main", "related-heading", "sources-heading",
            "subscribe-email", "subscribe-heading");

    /** What a section the schema does not name may hold: anything but raw HTML. */
    private static final Set<BlockKind> UNKNOWN_BLOCKS = EnumSet.complementOf(EnumSet.of(BlockKind.HTML));

    /** Whether a section of id {@code id} (its heading {@code id-heading}) would share an id of the page's own. */
    static boolean clashesWithPage(String id) {
        return TEMPLATE_IDS.contains(id) || TEMPLATE_IDS.contains(id + "-heading");
    }

    private final BriefSchema schema;
    private final ParsedBrief brief;
    private final Set<String> usedIds = new HashSet<>(TEMPLATE_IDS);

    SectionHeadings(BriefSchema schema, ParsedBrief brief) {
        this.schema = schema;
        this.brief = brief;
        schema.sections().forEach(rule -> reserve(rule.id()));
    }

    /**
     * The section {@code heading} opens, or null after reporting why it opens none; {@code meant}
     * receives the section a misspelt heading was probably meant to be.
     */
    FoundSection open(Heading heading, List<FoundSection> found, Set<SectionRule> meant) {
        FileDiagnostics report = brief.report();
        SourcePosition position = brief.positionOf(heading);
        String text = SectionValidator.headingText(heading);
        if (!schema.sectionLevels().contains(heading.getLevel())) {
            reportLevel(heading, text, position);
            return null;
        }
        Optional<SectionRule> rule = schema.sectionFor(text);
        if (rule.isEmpty()) {
            return unknown(heading, text, position, meant);
        }
        SectionRule section = rule.get();
        if (!section.levels().contains(heading.getLevel())) {
            report.add(position, Rule.HEADING_LEVEL, "level-" + heading.getLevel() + " heading \"" + text
                    + "\"; section \"" + section.heading() + "\" is a " + levels(section.levels()) + " heading",
                    "write \"" + "#".repeat(section.headingLevel()) + " " + text + "\"");
            return null;
        }
        Optional<FoundSection> earlier = found.stream().filter(f -> f.rule().equals(section)).findFirst();
        if (earlier.isPresent() && !section.repeat()) {
            report.add(position, Rule.SECTION_REPEATED, "section \"" + section.heading()
                    + "\" is repeated; it first appears on line " + brief.positionOf(earlier.get().heading()).line(),
                    "merge the two into one section");
            return null;
        }
        String id = earlier.isEmpty() ? section.id() : uniqueId(section.id());
        String shown = section.namedBy(text) ? section.heading() : text;
        return new FoundSection(section, heading, id, shown, true);
    }

    /** A heading at a level no section has: in the brief format, a level-1 heading (the headline's level). */
    private void reportLevel(Heading heading, String text, SourcePosition position) {
        int sectionLevel = schema.sectionLevels().stream().min(Integer::compare).orElse(2);
        String hint = heading.getLevel() == 1
                ? "the headline is the title in the front matter; use \"" + "#".repeat(sectionLevel) + " \" for sections"
                : "use \"" + "#".repeat(sectionLevel) + " \" for sections";
        brief.report().add(position, Rule.HEADING_LEVEL, "level-" + heading.getLevel() + " heading \"" + text
                + "\"; sections are " + levels(schema.sectionLevels()) + " headings", hint);
    }

    private FoundSection unknown(Heading heading, String text, SourcePosition position, Set<SectionRule> meant) {
        BodyLayout.UnknownSections policy = schema.layout().unknownSections();
        if (policy != BodyLayout.UnknownSections.ALLOW) {
            String message = "unknown section \"" + quoted(text) + "\"" + Invisibles.describe(text) + "; expected one of "
                    + SectionValidator.quotedHeadings(schema);
            Optional<String> nearest = NearestName.among(SectionRule.normalise(text), schema.headings());
            String hint = nearest.map(h -> "did you mean \"" + "#".repeat(heading.getLevel()) + " " + h + "\"?")
                    .orElse("sections are " + SectionValidator.quotedHeadings(schema));
            if (policy == BodyLayout.UnknownSections.ERROR) {
                nearest.flatMap(schema::sectionFor).ifPresent(meant::add);
                brief.report().add(position, Rule.SECTION_UNKNOWN, message, hint);
                return null;
            }
            brief.report().report(Severity.WARNING, position, Rule.SECTION_UNKNOWN, message, Optional.of(hint));
        }
        String id = uniqueId(idOf(text));
        SectionRule own = new SectionRule(id, text, List.of(), false, UNKNOWN_BLOCKS, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(heading.getLevel()),
                Optional.empty(), true, Optional.empty());
        return new FoundSection(own, heading, id, text, false);
    }

    /** Most characters of a heading a message quotes, as diagnostics quote at most 80 of a line. */
    private static final int QUOTED_CHARS = 80;
    /** Most characters of an id made from a heading: an id is for links, not for reading. */
    private static final int ID_CHARS = 60;

    /** The heading as a message quotes it: whole, or its first characters and "…". */
    static String quoted(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTED_CHARS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTED_CHARS - 1)) + "…";
    }

    /** The id of a section named by its heading: its slug, cut at a hyphen to at most {@link #ID_CHARS}. */
    static String idOf(String heading) {
        String slug = Slug.fromText(heading);
        if (slug.length() <= ID_CHARS) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', ID_CHARS);
        return slug.substring(0, cut > 0 ? cut : ID_CHARS);
    }

    /** {@code wanted}, or {@code wanted-2}, {@code wanted-3}, ...: the first not taken on the page. */
    private String uniqueId(String wanted) {
        String id = wanted;
        for (int n = 2; taken(id); n++) {
            id = wanted + "-" + n;
        }
        reserve(id);
        return id;
    }

    private boolean taken(String id) {
        return usedIds.contains(id) || usedIds.contains(id + "-heading");
    }

    /** A section is {@code id} and its heading {@code id-heading} on the page. */
    private void reserve(String id) {
        usedIds.add(id);
        usedIds.add(id + "-heading");
    }

    private static String levels(Set<Integer> levels) {
        return SubsectionRule.describeLevels(levels);
    }
}
