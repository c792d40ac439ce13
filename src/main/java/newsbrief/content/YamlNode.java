package newsbrief.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.SourcePosition;

/**
 * A YAML value with the position it was written at. Scalars stay strings: converting them to
 * dates, numbers or booleans is the validator's job, with a diagnostic when the text is wrong.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    SourcePosition position();

    /** What kind of value this is, for messages: "text", "list" or "mapping". */
    String kindName();

    /**
     * A scalar, as written.
     *
     * @param value  the text, without quotes
     * @param plain  true when written without quotes, so {@code true} and {@code ~} mean what YAML says
     */
    record Scalar(String value, boolean plain, SourcePosition position) implements YamlNode {
        public Scalar {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(position, "position");
        }

        /** True for an empty value or a plain {@code null} / {@code ~}: YAML's "nothing here". */
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                    || value.equals("NULL"));
        }

        @Override
        public String kindName() {
            return "text";
        }
    }

    /** A list of values. */
    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(position, "position");
        }

        @Override
        public String kindName() {
            return "list";
        }
    }

    /** One key and its value; the key keeps its own position for "unknown key" diagnostics. */
    record Entry(Scalar key, YamlNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        public String name() {
            return key.value();
        }
    }

    /** A mapping, in the order written. Duplicate keys have already been reported and dropped. */
    record Mapping(List<Entry> entries, SourcePosition position) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
            Objects.requireNonNull(position, "position");
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.name().equals(key)).findFirst();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String kindName() {
            return "mapping";
        }
    }
}
