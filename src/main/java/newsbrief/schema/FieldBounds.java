package newsbrief.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.YamlMappingReader;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;

/**
 * What an {@code integer} or {@code enum} field allows, read from its schema entry:
 * <pre>
 * - {name: issue, type: integer, min: 1, max: 9999}
 * - {name: edition, type: enum, values: [weekly, special]}
 * </pre>
 * {@code min} and {@code max} belong to integers only, {@code values} to enums only, and an enum
 * lists at least one value, each once.
 *
 * @param min    the least an integer may be
 * @param max    the most an integer may be
 * @param values what an enum may be
 */
record FieldBounds(Optional<Long> min, Optional<Long> max, List<String> values) {

    FieldBounds {
        values = List.copyOf(values);
    }

    static FieldBounds read(YamlMappingReader entry, FieldType type, FileDiagnostics report) {
        Optional<Integer> min = entry.integer("min");
        Optional<Integer> max = entry.integer("max");
        if (type == FieldType.INTEGER) {
            SchemaNumbers.checkRange(entry, min, max, "field \"" + entry.text("name").orElse("") + "\"", report);
        } else {
            for (String key : List.of("min", "max")) {
                entry.mapping().entry(key).ifPresent(given -> report.add(entry.positionOf(key), Rule.SCHEMA_INVALID,
                        key + " applies to integer fields only", "give the field type integer, or remove " + key));
            }
        }
        return new FieldBounds(min.map(Integer::longValue), max.map(Integer::longValue), values(entry, type, report));
    }

    private static List<String> values(YamlMappingReader entry, FieldType type, FileDiagnostics report) {
        Optional<List<String>> values = entry.textList("values");
        if (type != FieldType.ENUM) {
            values.ifPresent(given -> report.add(entry.positionOf("values"), Rule.SCHEMA_INVALID,
                    "values applies to enum fields only", "give the field type enum, or remove values"));
            return List.of();
        }
        if (values.isEmpty() || values.get().isEmpty()) {
            report.add(entry.positionOf(values.isEmpty() ? "type" : "values"), Rule.SCHEMA_INVALID,
                    "an enum field lists no values", "add values: [first, second]");
            return List.of();
        }
        if (values.get().stream().anyMatch(String::isBlank)) {
            report.add(entry.positionOf("values"), Rule.SCHEMA_INVALID, "an enum value is empty",
                    "remove it, or give it a name");
        }
        Set<String> seen = new HashSet<>();
        values.get().stream().filter(value -> !seen.add(value)).findFirst().ifPresent(value -> report.add(
                entry.positionOf("values"), Rule.SCHEMA_INVALID, "enum value \"" + value + "\" is listed twice"));
        return values.get();
    }
}
