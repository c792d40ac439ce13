package newsbrief.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.RulePolicy;

/**
 * The format briefs must follow: sections in order and front matter fields.
 *
 * @param sections the sections, in the order they must appear
 * @param fields   the front matter fields; keys not listed are errors
 * @param checks   the editorial checks
 * @param policy   the severity of adjustable rules
 */
public record BriefSchema(List<SectionRule> sections, List<FieldRule> fields, EditorialChecks checks,
        RulePolicy policy) {

    /** The fields the model cannot do without. */
    static final List<String> CORE_FIELDS = List.of("title", "date");

    public BriefSchema {
        sections = List.copyOf(sections);
        fields = List.copyOf(fields);
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(policy, "policy");
    }

    public Optional<SectionRule> sectionFor(String writtenHeading) {
        return sections.stream().filter(rule -> rule.matches(writtenHeading)).findFirst();
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
