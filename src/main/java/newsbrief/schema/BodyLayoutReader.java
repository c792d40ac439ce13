package newsbrief.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.YamlMappingReader;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.Rule;

/**
 * Reads the schema's keys about the body around its sections:
 * <pre>
 * preamble: {allowed: true, required: false, words: {max: 60}}
 * order: any
 * unknown-sections: warning
 * html-comments: ignore
 * lead: tides
 * </pre>
 */
final class BodyLayoutReader {

    static final Set<String> KEYS = Set.of("preamble", "order", "unknown-sections", "html-comments", "lead");

    private BodyLayoutReader() {
    }

    static BodyLayout read(YamlMappingReader schema, List<SectionRule> sections, FileDiagnostics report) {
        BodyLayout.PreambleRule preamble = schema.nested("preamble").map(p -> preamble(p, report))
                .orElse(BodyLayout.PreambleRule.NOT_ALLOWED);
        BodyLayout.Order order = choice(schema, "order", BodyLayout.Order.class, report)
                .orElse(BodyLayout.Order.STRICT);
        BodyLayout.UnknownSections unknown = choice(schema, "unknown-sections", BodyLayout.UnknownSections.class, report)
                .orElse(BodyLayout.UnknownSections.ERROR);
        Optional<String> comments = schema.text("html-comments");
        comments.filter(value -> !value.equals("ignore") && !value.equals("html")).ifPresent(value -> report.add(
                schema.positionOf("html-comments"), Rule.SCHEMA_INVALID, "html-comments \"" + value
                        + "\" is not known; expected ignore or html"));
        boolean dropComments = comments.filter("ignore"::equals).isPresent();
        return new BodyLayout(preamble, order, unknown, dropComments, lead(schema, sections, report));
    }

    /** {@code {allowed: true, required: false, words: {max: 60}}}; a preamble required is allowed. */
    private static BodyLayout.PreambleRule preamble(YamlMappingReader preamble, FileDiagnostics report) {
        preamble.rejectUnknownKeys(Set.of("allowed", "required", "words"), "preamble");
        boolean allowed = preamble.bool("allowed").orElse(true);
        boolean required = preamble.bool("required").orElse(false);
        if (required && !allowed) {
            report.add(preamble.positionOf("required"), Rule.SCHEMA_INVALID,
                    "preamble is required but not allowed; no brief could meet both", "give it allowed: true");
        }
        Optional<WordLimit> words = preamble.nested("words").map(w -> SectionRulesReader.wordLimit(w, report));
        return new BodyLayout.PreambleRule(allowed, required, words);
    }

    /** The constant of {@code type} a key names in lower case with hyphens, or empty after reporting. */
    private static <E extends Enum<E>> Optional<E> choice(YamlMappingReader schema, String key, Class<E> type,
            FileDiagnostics report) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                .map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
        return schema.text(key).flatMap(value -> {
            int index = names.indexOf(value);
            if (index < 0) {
                report.add(schema.positionOf(key), Rule.SCHEMA_INVALID, key + " \"" + value + "\" is not known; expected "
                        + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
                return Optional.empty();
            }
            return Optional.of(type.getEnumConstants()[index]);
        });
    }

    /** {@code lead: SECTION-ID}: one of the schema's sections. */
    private static Optional<String> lead(YamlMappingReader schema, List<SectionRule> sections, FileDiagnostics report) {
        List<String> ids = sections.stream().map(SectionRule::id).toList();
        return schema.text("lead").filter(id -> {
            // A schema without sections has been reported already; its lead cannot be checked.
            if (ids.contains(id) || ids.isEmpty()) {
                return true;
            }
            report.add(schema.positionOf("lead"), Rule.SCHEMA_INVALID, "lead \"" + id + "\" is not a section id",
                    NearestName.among(id, ids).map(near -> "did you mean \"" + near + "\"?")
                            .orElse("section ids: " + String.join(", ", ids)));
            return false;
        });
    }
}
