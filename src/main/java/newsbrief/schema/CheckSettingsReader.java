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
import newsbrief.diag.Rule;
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

    /** The placeholder check is listed by its plural; every other check by its rule id. */
    private static final String PLACEHOLDERS = Rule.PLACEHOLDER.id() + "s";
    private static final Set<String> CHECKS = Set.of(PLACEHOLDERS, Rule.HEADLINE_LENGTH.id(), Rule.BULLET_WORDS.id(),
            Rule.BRIEF_WORDS.id(), Rule.LINK_URL.id(), Rule.LINK_TEXT.id());

    private final YamlMappingReader schema;
    private final FileDiagnostics report;
    private final Map<Rule, RulePolicy.Setting> settings = new HashMap<>();

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
        List<String> placeholders = check(reader, PLACEHOLDERS, Rule.PLACEHOLDER, Set.of("words"))
                .flatMap(c -> c.textList("words")).orElse(List.of());
        Optional<Integer> headlineMax = check(reader, Rule.HEADLINE_LENGTH, Set.of("max")).flatMap(c -> c.integer("max"));
        Optional<Integer> bulletWords = check(reader, Rule.BULLET_WORDS, Set.of("max")).flatMap(c -> c.integer("max"));
        Optional<WordLimit> briefWords = check(reader, Rule.BRIEF_WORDS, Set.of("min", "max"))
                .map(c -> new WordLimit(c.integer("min"), c.integer("max"), Rule.BRIEF_WORDS.defaultSeverity()));
        boolean linkUrls = check(reader, Rule.LINK_URL, Set.of()).isPresent();
        boolean linkText = check(reader, Rule.LINK_TEXT, Set.of()).isPresent();
        return new EditorialChecks(placeholders, headlineMax, bulletWords, briefWords, linkUrls, linkText);
    }

    /** One check's settings, listed under its rule id. */
    private Optional<YamlMappingReader> check(YamlMappingReader checks, Rule rule, Set<String> keys) {
        return check(checks, rule.id(), rule, keys);
    }

    /** One check's settings; its {@code severity} goes into the policy under {@code rule}. */
    private Optional<YamlMappingReader> check(YamlMappingReader checks, String key, Rule rule, Set<String> keys) {
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
                Optional<Rule> rule = Rule.byId(entry.name()).filter(Rule::adjustable);
                if (rule.isPresent()) {
                    setting(rule.get(), entry.value());
                } else {
                    reportNotAdjustable(entry);
                }
            }
        });
        return new RulePolicy(settings);
    }

    private void reportNotAdjustable(YamlNode.Entry entry) {
        List<String> adjustable = Rule.adjustableRules().stream().map(Rule::id).sorted().toList();
        report.add(entry.key().position(), Rule.SCHEMA_INVALID, "rule \"" + entry.name()
                + "\" cannot be given a severity", NearestName.among(entry.name(), adjustable)
                .map(near -> "did you mean \"" + near + "\"?")
                .orElse("adjustable rules: " + String.join(", ", adjustable)));
    }

    private void setting(Rule rule, YamlNode node) {
        String text = node instanceof YamlNode.Scalar scalar ? scalar.value() : "";
        switch (text) {
            case "error" -> settings.put(rule, RulePolicy.Setting.ERROR);
            case "warning" -> settings.put(rule, RulePolicy.Setting.WARNING);
            case "off" -> settings.put(rule, RulePolicy.Setting.OFF);
            default -> report.add(node.position(), Rule.SCHEMA_INVALID, "severity of \"" + rule.id() + "\" is \"" + text
                    + "\"; expected error, warning or off");
        }
    }
}
