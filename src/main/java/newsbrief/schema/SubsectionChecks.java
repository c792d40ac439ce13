package newsbrief.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.ParsedBrief;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.Rule;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The headings inside a section whose rule has {@code subsections}: each at one of its levels, each
 * one of its names when it names them, and every required name present. A sub-section a misspelt
 * heading was probably meant to be is not reported missing as well. Thread-safe.
 */
final class SubsectionChecks {

    /** Whether the section's sub-sections are as its rule says; every problem is reported. */
    boolean check(FoundSection section, ParsedBrief brief) {
        Optional<SubsectionRule> subsections = section.rule().subsections();
        if (subsections.isEmpty()) {
            return true;
        }
        SubsectionRule rule = subsections.get();
        FileDiagnostics report = brief.report();
        Set<String> present = new HashSet<>();
        boolean valid = true;
        for (Node block : section.blocks()) {
            if (block instanceof Heading heading) {
                valid &= checkHeading(heading, section, rule, present, brief);
            }
        }
        for (String required : rule.required()) {
            if (!present.contains(required)) {
                report.add(brief.positionOf(section.heading()), Rule.SUBSECTION_MISSING, "sub-section \"" + required
                        + "\" is missing in \"" + section.shownHeading() + "\"", "add a \"" + hashes(rule) + " "
                        + required + "\" heading to it");
                valid = false;
            }
        }
        return valid;
    }

    /** Adds to {@code present} the name the heading has, or was probably meant to have. */
    private static boolean checkHeading(Heading heading, FoundSection section, SubsectionRule rule, Set<String> present,
            ParsedBrief brief) {
        String text = SectionValidator.headingText(heading);
        if (!rule.levels().contains(heading.getLevel())) {
            brief.report().add(brief.positionOf(heading), Rule.HEADING_LEVEL, "level-" + heading.getLevel()
                    + " heading \"" + text + "\" in \"" + section.shownHeading() + "\"; its sub-sections are "
                    + SubsectionRule.describeLevels(rule.levels()) + " headings", "write \"" + hashes(rule) + " "
                    + text + "\"");
            return false;
        }
        if (!rule.named()) {
            return true;
        }
        Optional<String> name = rule.named(text);
        if (name.isPresent()) {
            present.add(name.get());
            return true;
        }
        Optional<String> nearest = NearestName.among(SectionRule.normalise(text), rule.headings());
        nearest.ifPresent(present::add);
        brief.report().add(brief.positionOf(heading), Rule.SUBSECTION_UNKNOWN, "unknown sub-section \"" + text
                + "\" in \"" + section.shownHeading() + "\"; expected one of " + quoted(rule.headings()),
                nearest.map(near -> "did you mean \"" + "#".repeat(heading.getLevel()) + " " + near + "\"?")
                        .orElse("its sub-sections are " + quoted(rule.headings())));
        return false;
    }

    private static String hashes(SubsectionRule rule) {
        return "#".repeat(rule.levels().stream().min(Integer::compare).orElse(3));
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(name -> "\"" + name + "\"").toList());
    }
}
