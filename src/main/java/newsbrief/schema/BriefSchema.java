package newsbrief.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import newsbrief.diag.RulePolicy;

/**
 * The format briefs must follow: sections in order and front matter fields.
 *
 * @param sections the sections, in the order they must appear
 * @param fields   the front matter fields; keys not listed are errors
 * @param checks   the editorial checks
 * @param policy   the severity of adjustable rules
 * @param layout   what stands around the sections, their order, and the lead
 */
public record BriefSchema(List<SectionRule> sections, List<FieldRule> fields, EditorialChecks checks,
        RulePolicy policy, BodyLayout layout) {

    /** The fields the model cannot do without. */
    static final List<String> CORE_FIELDS = List.of("title", "date");

    public BriefSchema {
        sections = List.copyOf(sections);
        fields = List.copyOf(fields);
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(layout, "layout");
    }

    /** A schema with the brief format's layout around its sections. */
    public BriefSchema(List<SectionRule> sections, List<FieldRule> fields, EditorialChecks checks, RulePolicy policy) {
        this(sections, fields, checks, policy, BodyLayout.DEFAULT);
    }

    /**
     * The section a heading opens: one it names (heading or alias) before one whose pattern it
     * matches, so that "## Harbour Notes" is Harbour Notes even when another pattern takes "Notes".
     */
    public Optional<SectionRule> sectionFor(String writtenHeading) {
        return sections.stream().filter(rule -> rule.namedBy(writtenHeading)).findFirst()
                .or(() -> sections.stream().filter(rule -> rule.matches(writtenHeading)).findFirst());
    }

    /** The heading levels that open sections: 2 unless a section says otherwise. */
    public Set<Integer> sectionLevels() {
        Set<Integer> levels = new TreeSet<>();
        sections.forEach(rule -> levels.addAll(rule.levels()));
        return levels;
    }

    public Optional<FieldRule> field(String name) {
        return fields.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldRule::name).toList();
    }

    public List<String> headings() {
        return sections.stream().map(SectionRule::heading).toList();
    }
}
