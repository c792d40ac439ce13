package newsbrief.schema;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one front matter field must look like (src/docs/BRIEF-FORMAT.md, "Front matter").
 *
 * @param name      the key: {@code title}
 * @param type      its type
 * @param required  whether a brief must have it
 * @param maxLength most characters of the text (of each item, for lists)
 * @param pattern   a regular expression the whole text (each item) must match
 */
public record FieldRule(String name, FieldType type, boolean required, Optional<Integer> maxLength,
        Optional<Pattern> pattern) {

    public FieldRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(pattern, "pattern");
    }
}
