package newsbrief.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import com.google.re2j.Pattern;

/**
 * What one front matter field must look like (src/docs/BRIEF-FORMAT.md, "Front matter").
 *
 * @param name      the key: {@code title}
 * @param type      its type
 * @param required  whether a brief must have it
 * @param maxLength most characters of the text (of each item, for lists)
 * @param pattern   a regular expression the whole text (each item) must match; RE2 syntax, matched in linear time
 * @param maxItems  most items of a list
 * @param min       the least an {@code integer} may be
 * @param max       the most an {@code integer} may be
 * @param values    what an {@code enum} may be, as written in the schema
 */
public record FieldRule(String name, FieldType type, boolean required, Optional<Integer> maxLength,
        Optional<Pattern> pattern, int maxItems, Optional<Long> min, Optional<Long> max, List<String> values) {

    /**
     * Items a list may hold unless the schema says otherwise. Each tag makes a tag page and a feed
     * that carry the brief, so the number of tags multiplies the site's size.
     */
    public static final int DEFAULT_MAX_ITEMS = 20;

    public FieldRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        values = List.copyOf(values);
        if (maxItems < 0) {
            throw new IllegalArgumentException("maxItems is " + maxItems);
        }
    }

    /** A field of a type without bounds or values. */
    public FieldRule(String name, FieldType type, boolean required, Optional<Integer> maxLength,
            Optional<Pattern> pattern, int maxItems) {
        this(name, type, required, maxLength, pattern, maxItems, Optional.empty(), Optional.empty(), List.of());
    }
}
