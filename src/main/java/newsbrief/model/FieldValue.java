package newsbrief.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The value of a front matter field, with the type its schema gives it: what templates read for a
 * field of their own, such as {@code editor: "Ana Ruiz"} ({@code page.brief().frontMatter().text("editor")}).
 */
public sealed interface FieldValue {

    /** The value as text: a date as {@code 2026-11-26}, a list joined with ", ", link titles joined. */
    String asText();

    /** {@code text} and {@code slug} fields. */
    record Text(String value) implements FieldValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return value;
        }
    }

    /** {@code date} fields. */
    record Date(PublicationDate value) implements FieldValue {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return value.iso();
        }
    }

    /** {@code text-list} fields. */
    record TextList(List<String> value) implements FieldValue {
        public TextList {
            value = List.copyOf(value);
        }

        @Override
        public String asText() {
            return String.join(", ", value);
        }
    }

    /** {@code url} fields. */
    record Url(URI value) implements FieldValue {
        public Url {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return value.toString();
        }
    }

    /** {@code boolean} fields. */
    record Bool(boolean value) implements FieldValue {
        @Override
        public String asText() {
            return String.valueOf(value);
        }
    }

    /** {@code links} fields. */
    record Links(List<SourceLink> value) implements FieldValue {
        public Links {
            value = List.copyOf(value);
        }

        @Override
        public String asText() {
            return String.join(", ", value.stream().map(SourceLink::title).toList());
        }
    }

    /** {@code integer} fields. */
    record WholeNumber(long value) implements FieldValue {
        @Override
        public String asText() {
            return String.valueOf(value);
        }
    }

    /** {@code enum} fields: one of the schema's values, as the schema spells it. */
    record Choice(String value) implements FieldValue {
        public Choice {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return value;
        }
    }
}
