package newsbrief.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.ParsedBrief;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;

/**
 * Reports required sections that a brief lacks, once each and where they were expected: at the
 * heading of the next section present, or at the end. Sections missing side by side are one
 * problem, named in schema order ("sections "The Signal" and "The Implication" are missing").
 * A section that a misspelt heading was probably meant to be is not missing: the heading has
 * been reported already, with its "did you mean". Under {@code order: any} a missing section has no
 * place: each is reported at the end.
 */
final class MissingSections {

    private final BriefSchema schema;

    MissingSections(BriefSchema schema) {
        this.schema = schema;
    }

    /** Whether none is missing. */
    boolean check(List<FoundSection> found, Set<SectionRule> meant, ParsedBrief brief, FileDiagnostics report) {
        List<SectionRule> rules = schema.sections();
        boolean valid = true;
        List<SectionRule> run = new ArrayList<>();
        for (int i = 0; i <= rules.size(); i++) {
            SectionRule rule = i < rules.size() ? rules.get(i) : null;
            boolean present = rule == null || isFound(rule, found) || meant.contains(rule);
            if (rule != null && !present && rule.required()) {
                run.add(rule);
            } else if (present && !run.isEmpty()) {
                report(run, found, brief, report);
                run = new ArrayList<>();
                valid = false;
            }
        }
        return valid;
    }

    private static boolean isFound(SectionRule rule, List<FoundSection> found) {
        return found.stream().anyMatch(f -> f.rule().equals(rule));
    }

    private void report(List<SectionRule> run, List<FoundSection> found, ParsedBrief brief, FileDiagnostics report) {
        if (schema.layout().order() == BodyLayout.Order.ANY) {
            for (SectionRule rule : run) {
                report.add(brief.end(), Rule.SECTION_MISSING, "section \"" + rule.heading() + "\" is missing; it is required",
                        "add a \"" + "#".repeat(rule.headingLevel()) + " " + rule.heading()
                                + "\" heading followed by " + SectionContentChecks.expectedContent(rule));
            }
            return;
        }
        int first = schema.sections().indexOf(run.get(0));
        int last = schema.sections().indexOf(run.get(run.size() - 1));
        Optional<FoundSection> next = found.stream().filter(f -> schema.sections().indexOf(f.rule()) > last).findFirst();
        SourcePosition where = next.map(f -> brief.positionOf(f.heading())).orElse(brief.end());
        String place = first == 0 ? "expected first" : "expected after \"" + schema.sections().get(first - 1).heading() + "\"";
        if (run.size() == 1) {
            SectionRule rule = run.get(0);
            report.add(where, Rule.SECTION_MISSING, "section \"" + rule.heading() + "\" is missing; " + place,
                    "add a \"## " + rule.heading() + "\" heading followed by " + SectionContentChecks.expectedContent(rule));
            return;
        }
        List<String> names = run.stream().map(rule -> "\"" + rule.heading() + "\"").toList();
        String listed = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        report.add(where, Rule.SECTION_MISSING, "sections " + listed + " are missing; " + place,
                "add " + String.join(", then ", run.stream().map(rule -> "\"## " + rule.heading() + "\"").toList())
                        + ", each followed by its text");
    }
}
