package newsbrief.importer;

import java.util.List;
import java.util.Objects;
import newsbrief.diag.SourcePosition;

/**
 * One key of a post's header, its value as text.
 *
 * @param key      the key as written
 * @param values   the value's text; one item for a scalar, none for a value that is a table or mapping
 * @param list     whether the value was a list
 * @param position where the key is
 */
record HeaderField(String key, List<String> values, boolean list, SourcePosition position) {

    HeaderField {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        Objects.requireNonNull(position, "position");
    }

    static HeaderField text(String key, String value, SourcePosition position) {
        return new HeaderField(key, List.of(value), false, position);
    }

    /** A table, a mapping or a list of them: nothing a brief's field takes. */
    boolean nested() {
        return !list && values.isEmpty();
    }

    /** The value of a scalar, or the items of a list joined by ", ". */
    String text() {
        return String.join(", ", values);
    }
}
