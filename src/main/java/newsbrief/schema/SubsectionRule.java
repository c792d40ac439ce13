package newsbrief.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The headings inside a section: {@code subsections: {level: 3, headings: [Arrivals, Departures],
 * required: [Arrivals]}} names them; {@code {level: [3, 4]}} leaves them free.
 *
 * @param levels   the heading levels of its sub-sections, 3 to 6
 * @param headings the names a sub-section heading must have; empty when any name will do
 * @param required the names that must each stand in the section
 */
public record SubsectionRule(Set<Integer> levels, List<String> headings, List<String> required) {

    public SubsectionRule {
        levels = Set.copyOf(levels);
        headings = List.copyOf(headings);
        required = List.copyOf(required);
    }

    /** The name of this rule a written heading is, if any; case and spacing do not matter. */
    public Optional<String> named(String writtenHeading) {
        String written = SectionRule.normalise(writtenHeading);
        return headings.stream().filter(name -> SectionRule.normalise(name).equals(written)).findFirst();
    }

    /** Whether sub-sections must carry one of {@link #headings}. */
    public boolean named() {
        return !headings.isEmpty();
    }

    /** "level-3" or "level-3 or level-4", for messages. */
    static String describeLevels(Set<Integer> levels) {
        List<String> names = levels.stream().sorted().map(level -> "level-" + level).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
