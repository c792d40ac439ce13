package newsbrief.schema;

import java.util.Optional;
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
}
