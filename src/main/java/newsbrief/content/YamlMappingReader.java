package newsbrief.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.Rule;

/**
 * Reads typed settings out of a YAML mapping (site.yaml, schema.yaml), reporting a wrong type or
 * an unknown key at its line instead of failing. Every getter returns empty after reporting.
 */
public final class YamlMappingReader {

    private final YamlNode.Mapping mapping;
    private final FileDiagnostics report;

    public YamlMappingReader(YamlNode.Mapping mapping, FileDiagnostics report) {
        this.mapping = mapping;
        this.report = report;
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    /** Reports every key not in {@code known}, suggesting the nearest known one. */
    public void rejectUnknownKeys(Set<String> known, String what) {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.name())) {
                String message = "unknown " + what + " key \"" + entry.name() + "\"";
                Optional<String> nearest = NearestName.among(entry.name(), known);
                if (nearest.isPresent()) {
                    report.add(entry.key().position(), Rule.CONFIG_UNKNOWN_KEY, message,
                            "did you mean \"" + nearest.get() + "\"?");
                } else {
                    report.add(entry.key().position(), Rule.CONFIG_UNKNOWN_KEY, message,
                            "known keys: " + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }
    }

    public Optional<String> text(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.value());
        }
        report.add(node.get().position(), Rule.CONFIG_TYPE, "\"" + key + "\" is " + describe(node.get())
                + "; expected text");
        return Optional.empty();
    }

    public Optional<String> requiredText(String key, String where) {
        if (mapping.get(key).isEmpty()) {
            report.add(mapping.position(), Rule.CONFIG_MISSING, "\"" + key + "\" is missing in " + where);
            return Optional.empty();
        }
        return text(key);
    }

    public Optional<Integer> integer(String key) {
        return text(key).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                report.add(mapping.get(key).orElseThrow().position(), Rule.CONFIG_TYPE,
                        "\"" + key + "\" is \"" + value + "\"; expected a whole number");
                return Optional.empty();
            }
        });
    }

    public Optional<Boolean> bool(String key) {
        return text(key).flatMap(value -> {
            if (value.equals("true") || value.equals("false")) {
                return Optional.of(Boolean.parseBoolean(value));
            }
            report.add(mapping.get(key).orElseThrow().position(), Rule.CONFIG_TYPE,
                    "\"" + key + "\" is \"" + value + "\"; expected true or false");
            return Optional.empty();
        });
    }

    /** A list of text; a single text value is taken as a list of one. */
    public Optional<List<String>> textList(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return Optional.of(List.of(scalar.value()));
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            report.add(node.get().position(), Rule.CONFIG_TYPE, "\"" + key + "\" is " + describe(node.get())
                    + "; expected a list of text");
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                values.add(scalar.value());
            } else {
                report.add(item.position(), Rule.CONFIG_TYPE, "an item of \"" + key + "\" is " + describe(item)
                        + "; expected text");
            }
        }
        return Optional.of(values);
    }

    /** A nested mapping, read with the same reporting. */
    public Optional<YamlMappingReader> nested(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping nested) {
            return Optional.of(new YamlMappingReader(nested, report));
        }
        report.add(node.get().position(), Rule.CONFIG_TYPE, "\"" + key + "\" is " + describe(node.get())
                + "; expected a mapping of keys and values");
        return Optional.empty();
    }

    /** A list of mappings, each read with the same reporting. */
    public List<YamlMappingReader> mappingList(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            report.add(node.get().position(), Rule.CONFIG_TYPE, "\"" + key + "\" is " + describe(node.get())
                    + "; expected a list");
            return List.of();
        }
        List<YamlMappingReader> readers = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Mapping nested) {
                readers.add(new YamlMappingReader(nested, report));
            } else {
                report.add(item.position(), Rule.CONFIG_TYPE, "an item of \"" + key + "\" is " + describe(item)
                        + "; expected a mapping of keys and values");
            }
        }
        return readers;
    }

    public newsbrief.diag.SourcePosition positionOf(String key) {
        return mapping.entry(key).map(e -> e.value().position()).orElse(mapping.position());
    }

    /** "an empty value", "text", "a list" or "a mapping", for messages. */
    public static String describe(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.isNull() ? "an empty value" : "text";
        }
        return "a " + node.kindName();
    }
}
