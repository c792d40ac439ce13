package newsbrief.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.YamlMappingReader;
import newsbrief.content.YamlNode;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.RulePolicy;

/**
 * Reads a schema's editorial {@code checks:} and its {@code severity:} map:
 * <pre>
 * checks:
 *   placeholders: {words: [TK, TODO, "lorem ipsum"]}
 *   bullet-words: {max: 40, severity: warning}
 * severity:
 *   file-name-date: off
 * </pre>
 * A check's own {@code severity} and the {@code severity:} map both feed one {@link RulePolicy}.
 */
final class CheckSettingsReader {

    private static final Set<String> CHECKS = Set.of(EditorialChecks.PLACEHOLDER + "s",
            EditorialChecks.HEADLINE_LENGTH, EditorialChecks.BULLET_WORDS, EditorialChecks.BRIEF_WORDS,
            EditorialChecks.LINK_URL, EditorialChecks.LINK_TEXT);

    private final YamlMappingReader schema;
    private final FileDiagnostics report;
    private final Map<String, RulePolicy.Setting> settings = new HashMap<>();

    CheckSettingsReader(YamlMappingReader schema, FileDiagnostics report) {
        this.schema = schema;
        this.report = report;
    }

    EditorialChecks readChecks() {
        Optional<YamlMappingReader> checks = schema.nested("checks");
        if (checks.isEmpty()) {
            return EditorialChecks.NONE;
        }
        YamlMappingReader reader = checks.get();
        reader.rejectUnknownKeys(CHECKS, "check");
        List<String> placeholders = check(reader, EditorialChecks.PLACEHOLDER + "s", EditorialChecks.PLACEHOLDER,
                Set.of("words")).flatMap(c -> c.textList("words")).orElse(List.of());
        Optional<Integer> headlineMax = check(reader, EditorialChecks.HEADLINE_LENGTH, EditorialChecks.HEADLINE_LENGTH,
                Set.of("max")).flatMap(c -> c.integer("max"));
        Optional<Integer> bulletWords = check(reader, EditorialChecks.BULLET_WORDS, EditorialChecks.BULLET_WORDS,
                Set.of("max")).flatMap(c -> c.integer("max"));
        Optional<WordLimit> briefWords = check(reader, EditorialChecks.BRIEF_WORDS, EditorialChecks.BRIEF_WORDS,
                Set.of("min", "max")).map(c -> new WordLimit(c.integer("min"), c.integer("max"),
                        newsbrief.diag.Severity.WARNING));
        boolean linkUrls = check(reader, EditorialChecks.LINK_URL, EditorialChecks.LINK_URL, Set.of()).isPresent();
        boolean linkText = check(reader, EditorialChecks.LINK_TEXT, EditorialChecks.LINK_TEXT, Set.of()).isPresent();
        return new EditorialChecks(placeholders, headlineMax, bulletWords, briefWords, linkUrls, linkText);
    }

    /** One check's settings; its {@code severity} goes into the policy under {@code rule}. */
    private Optional<YamlMappingReader> check(YamlMappingReader checks, String key, String rule, Set<String> keys) {
        Optional<YamlMappingReader> check = checks.nested(key);
        check.ifPresent(c -> {
            Set<String> known = new java.util.HashSet<>(keys);
            known.add("severity");
            c.rejectUnknownKeys(known, key);
            c.mapping().get("severity").ifPresent(node -> setting(rule, node));
        });
        return check;
    }

    RulePolicy readPolicy() {
        schema.nested("severity").ifPresent(map -> {
            for (YamlNode.Entry entry : map.mapping().entries()) {
                if (!BriefSchema.ADJUSTABLE_RULES.contains(entry.name())) {
                    report.error(entry.key().position(), "schema-invalid", "rule \"" + entry.name()
                            + "\" cannot be given a severity", NearestName.among(entry.name(), BriefSchema.ADJUSTABLE_RULES)
                            .map(near -> "did you mean \"" + near + "\"?")
                            .orElse("adjustable rules: " + String.join(", ",
                                    BriefSchema.ADJUSTABLE_RULES.stream().sorted().toList())));
                    continue;
                }
                setting(entry.name(), entry.value());
            }
        });
        return new RulePolicy(settings);
    }

    private void setting(String rule, YamlNode node) {
        String text = node instanceof YamlNode.Scalar scalar ? scalar.value() : "";
        switch (text) {
            case "error" -> settings.put(rule, RulePolicy.Setting.ERROR);
            case "warning" -> settings.put(rule, RulePolicy.Setting.WARNING);
            case "off" -> settings.put(rule, RulePolicy.Setting.OFF);
            default -> report.error(node.position(), "schema-invalid", "severity of \"" + rule + "\" is \"" + text
                    + "\"; expected error, warning or off");
        }
    }
}
