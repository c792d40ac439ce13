package newsbrief.schema;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.content.SourceText;
import newsbrief.content.YamlNode;
import newsbrief.content.YamlReader;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import newsbrief.diag.VisibleText;
import newsbrief.model.Slug;

/**
 * Checks what {@code new} was given by the rules a brief is checked by: the front matter it
 * would write is read back and validated against the schema, and each problem is laid at the
 * option that caused it ({@code --date: error: date "2024-02-30" is not a valid date; ...}).
 */
final class DraftCheck {

    /** Which option gave each front matter key that {@code new} writes. */
    private static final Map<String, String> OPTION_OF_KEY = Map.of("title", "HEADLINE", "date", "--date",
            "tags", "--tags");

    private final BriefSchema schema;
    private final Optional<ZoneId> zone;

    /** @param zone the site's time zone, for date-times given without offset */
    DraftCheck(BriefSchema schema, Optional<ZoneId> zone) {
        this.schema = schema;
        this.zone = zone;
    }

    /** Every problem, in the order of the front matter; none when a valid brief can be written. */
    List<BriefScaffold.Problem> problems(BriefScaffold.Draft draft, String frontMatterYaml) {
        List<BriefScaffold.Problem> problems = new ArrayList<>();
        Optional<Integer> control = draft.headline().codePoints().filter(Character::isISOControl).boxed().findFirst();
        control.ifPresent(c -> problems.add(new BriefScaffold.Problem("HEADLINE", "the headline holds a control "
                + "character, " + VisibleText.codePoint(c) + "; write it as one line of text")));
        draft.slug().filter(slug -> !Slug.isValid(slug)).ifPresent(slug -> problems.add(new BriefScaffold.Problem(
                "--slug", "slug \"" + VisibleText.of(slug) + "\" is not a valid slug; expected " + Slug.PATTERN.pattern()
                        + ", e.g. \"" + Slug.fromText(slug) + "\"")));
        if (control.isEmpty()) {
            problems.addAll(frontMatterProblems(frontMatterYaml));
        }
        return problems;
    }

    private List<BriefScaffold.Problem> frontMatterProblems(String yaml) {
        Diagnostics found = new Diagnostics();
        SourceText lines = new SourceText(yaml);
        FileDiagnostics report = new FileDiagnostics("new", lines::line, found, schema.policy());
        Optional<YamlNode> node = new YamlReader().read(yaml, 1, report);
        if (node.isPresent() && node.get() instanceof YamlNode.Mapping mapping) {
            new FrontMatterValidator(schema, zone).validate(mapping, report);
            List<BriefScaffold.Problem> problems = new ArrayList<>();
            for (Diagnostic d : found.sorted()) {
                // Fields new does not write are the editor's to fill in, not a mistake of the command.
                if (d.isError() && d.rule() != Rule.FIELD_REQUIRED) {
                    problems.add(new BriefScaffold.Problem(optionAt(mapping, d.position()), d.message()));
                }
            }
            return problems;
        }
        throw new IllegalStateException("new wrote front matter it cannot read: " + found.sorted());
    }

    /** The option of the key whose entry holds {@code position}: the last key at or before it. */
    private static String optionAt(YamlNode.Mapping mapping, SourcePosition position) {
        String key = "title";
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.key().position().line() <= position.line()) {
                key = entry.name();
            }
        }
        return OPTION_OF_KEY.getOrDefault(key, key);
    }

    /** The calendar day of a date the schema accepted: the file name's date. */
    LocalDate day(String date) {
        FieldRule rule = new FieldRule("date", FieldType.DATE, true, Optional.empty(), Optional.empty(),
                FieldRule.DEFAULT_MAX_ITEMS);
        YamlNode.Scalar scalar = new YamlNode.Scalar(date.strip(), true, SourcePosition.START);
        return ScalarFields.date(rule, scalar, zone, new FileDiagnostics("new", n -> "", new Diagnostics()))
                .orElseThrow(() -> new IllegalArgumentException("not a valid date: " + date)).date();
    }
}
