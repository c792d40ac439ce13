package newsbrief.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.YamlMappingReader;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;

/**
 * The numbers of a schema file, refused at their line when no brief could meet them: a negative
 * count or length ({@code max-length: -1}), or a range whose {@code min} lies above its {@code max}.
 */
final class SchemaNumbers {

    private SchemaNumbers() {
    }

    /** The whole number under {@code key}, when it is at least {@code least}; reported otherwise. */
    static Optional<Integer> atLeast(YamlMappingReader reader, String key, int least, FileDiagnostics report) {
        Optional<Integer> value = reader.integer(key);
        value.filter(n -> n < least).ifPresent(n -> report.add(reader.positionOf(key), Rule.SCHEMA_INVALID,
                "\"" + key + "\" is " + n + "; expected " + least + " or more"));
        return value.filter(n -> n >= least);
    }

    /** Reports {@code {min: 5, max: 2}} at its {@code max}: nothing can be both. */
    static void checkRange(YamlMappingReader range, Optional<Integer> min, Optional<Integer> max, String what,
            FileDiagnostics report) {
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            report.add(range.positionOf("max"), Rule.SCHEMA_INVALID, what + " has min " + min.get() + " above max "
                    + max.get() + "; no brief could meet both", "swap them, or lower min");
        }
    }

    /**
     * Heading levels, {@code level: 2} or {@code level: [1, 2]}, each from {@code lowest} to
     * {@code highest}; {@code otherwise} when the key is absent or no level given is usable.
     */
    static Set<Integer> levels(YamlMappingReader reader, String key, int lowest, int highest, Set<Integer> otherwise,
            FileDiagnostics report) {
        Optional<List<String>> written = reader.textList(key);
        Set<Integer> levels = new HashSet<>();
        for (String level : written.orElse(List.of())) {
            Optional<Integer> number = parseLevel(level).filter(n -> n >= lowest && n <= highest);
            number.ifPresentOrElse(levels::add, () -> report.add(reader.positionOf(key), Rule.SCHEMA_INVALID,
                    "heading level \"" + level + "\" is not one of " + lowest + " to " + highest));
        }
        if (written.isPresent() && written.get().isEmpty()) {
            report.add(reader.positionOf(key), Rule.SCHEMA_INVALID, "\"" + key + "\" lists no heading level");
        }
        return levels.isEmpty() ? otherwise : levels;
    }

    private static Optional<Integer> parseLevel(String text) {
        return text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '9' ? Optional.of(text.charAt(0) - '0')
                : Optional.empty();
    }
}
