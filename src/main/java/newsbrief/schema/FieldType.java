package newsbrief.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The types a front matter field can have, by their schema names ({@code text-list}, ...). */
public enum FieldType {
    /** One line of text. */
    TEXT("text"),
    /** {@code 2026-11-26} or {@code 2026-11-26T09:30:00+01:00}. */
    DATE("a date"),
    /** {@code [ai, chips]} or a block list. */
    TEXT_LIST("a list of text"),
    /** An absolute http or https URL. */
    URL("an absolute http(s) URL"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false"),
    /** {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    SLUG("a slug"),
    /** A list of {@code {title, url}} mappings. */
    LINKS("a list of {title, url}"),
    /** A whole number, {@code 412}, within the field's {@code min} and {@code max}. */
    INTEGER("a whole number"),
    /** One of the field's {@code values}. */
    ENUM("one of its values");

    private final String description;

    FieldType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String schemaName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FieldType> fromSchemaName(String name) {
        return Arrays.stream(values()).filter(type -> type.schemaName().equals(name)).findFirst();
    }
}
