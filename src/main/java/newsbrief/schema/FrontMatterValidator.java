package newsbrief.schema;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.YamlNode;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import newsbrief.model.FieldValue;
import newsbrief.model.FrontMatter;
import newsbrief.model.PublicationDate;
import newsbrief.model.SourceLink;

/**
 * Checks a brief's front matter against the schema's fields and converts the values from text:
 * {@code date: 2024-02-30} is an error, not 1 March, and {@code title: No} is the text "No".
 */
final class FrontMatterValidator {

    private final BriefSchema schema;
    private final Optional<ZoneId> zone;

    /** @param zone the site's time zone, for date-times written without offset */
    FrontMatterValidator(BriefSchema schema, Optional<ZoneId> zone) {
        this.schema = schema;
        this.zone = zone;
    }

    /**
     * What a front matter gave: the model when it is valid, and each value that is valid in any
     * case, so that the checks that need only a title, a date or tags run on a broken brief too.
     *
     * @param frontMatter the front matter, or empty when a problem was reported
     * @param values      each valid value by key, converted: {@code String}, {@code PublicationDate}, ...
     */
    record Checked(Optional<FrontMatter> frontMatter, Map<String, Object> values) {
        static final Checked NONE = new Checked(Optional.empty(), Map.of());

        Checked {
            Objects.requireNonNull(frontMatter, "frontMatter");
            values = Map.copyOf(values);
        }

        <T> Optional<T> value(String name, Class<T> type) {
            return typed(values, name, type);
        }

        List<String> tags() {
            return value("tags", List.class).map(FrontMatterValidator::strings).orElse(List.of());
        }
    }

    /** The front matter, or empty when a problem was reported. */
    Optional<FrontMatter> validate(YamlNode.Mapping mapping, FileDiagnostics report) {
        return check(mapping, report).frontMatter();
    }

    /** Checks every key and reports every problem; see {@link Checked}. */
    Checked check(YamlNode.Mapping mapping, FileDiagnostics report) {
        Map<String, Object> values = new HashMap<>();
        Set<String> suggested = new HashSet<>();
        boolean valid = true;
        for (YamlNode.Entry entry : mapping.entries()) {
            Optional<FieldRule> rule = schema.field(entry.name());
            if (rule.isEmpty()) {
                reportUnknownKey(entry, report).ifPresent(suggested::add);
                valid = false;
                continue;
            }
            Optional<Object> value = convert(rule.get(), entry.value(), report);
            value.ifPresent(v -> values.put(entry.name(), v));
            valid &= value.isPresent();
        }
        for (FieldRule rule : schema.fields()) {
            // A misspelt "titel:" has been reported with "did you mean title"; saying that
            // title is missing as well would only repeat it.
            if (rule.required() && mapping.entry(rule.name()).isEmpty() && !suggested.contains(rule.name())) {
                report.add(SourcePosition.START, Rule.FIELD_REQUIRED,
                        "front matter has no \"" + rule.name() + "\"; it is required",
                        "add it, for example: " + rule.name() + ": " + example(rule));
                valid = false;
            }
        }
        checkUpdated(values, mapping, report);
        return new Checked(valid ? Optional.of(toFrontMatter(values, fieldValues(values))) : Optional.empty(), values);
    }

    /** {@code updated} says when a published brief last changed, so it cannot come before its date. */
    private static void checkUpdated(Map<String, Object> values, YamlNode.Mapping mapping, FileDiagnostics report) {
        Optional<PublicationDate> date = typed(values, "date", PublicationDate.class);
        Optional<PublicationDate> updated = typed(values, "updated", PublicationDate.class);
        if (date.isPresent() && updated.isPresent() && updated.get().compareTo(date.get()) < 0) {
            report.add(mapping.entry("updated").orElseThrow().value().position(), Rule.UPDATED_BEFORE_DATE,
                    "updated " + updated.get().iso() + " is earlier than date " + date.get().iso(),
                    "updated is when the brief last changed after it was published; remove it or correct it");
        }
    }

    /** Reports a key the schema does not know; returns the known key it suggests instead. */
    private Optional<String> reportUnknownKey(YamlNode.Entry entry, FileDiagnostics report) {
        String message = "unknown front matter key \"" + entry.name() + "\"";
        Optional<String> nearest = NearestName.among(entry.name(), schema.fieldNames());
        report.add(entry.key().position(), Rule.FIELD_UNKNOWN, message, nearest
                .map(name -> "did you mean \"" + name + "\"?")
                .orElse("known keys: " + String.join(", ", schema.fieldNames())));
        return nearest;
    }

    private static String example(FieldRule rule) {
        return switch (rule.type()) {
            case DATE -> "2026-11-26";
            case TEXT_LIST -> "[first, second]";
            case URL -> "https://example.com/";
            case BOOLEAN -> "false";
            case SLUG -> "my-slug";
            case LINKS -> "[{title: \"Source\", url: https://example.com/}]";
            case TEXT -> "\"...\"";
            case INTEGER -> String.valueOf(rule.min().orElse(1L));
            case ENUM -> rule.values().isEmpty() ? "..." : rule.values().get(0);
        };
    }

    private Optional<Object> convert(FieldRule rule, YamlNode node, FileDiagnostics report) {
        if (rule.type() == FieldType.TEXT_LIST) {
            return ListFields.textList(rule, node, report).map(list -> list);
        }
        if (rule.type() == FieldType.LINKS) {
            return ListFields.links(rule, node, report).map(list -> list);
        }
        return ScalarFields.scalarText(rule.name(), node, rule.type(), report).flatMap(scalar -> switch (rule.type()) {
            case TEXT -> ScalarFields.checkText(rule, rule.name(), scalar, report).map(text -> (Object) text);
            case SLUG -> ScalarFields.slug(rule, scalar, report).map(text -> (Object) text);
            case DATE -> ScalarFields.date(rule, scalar, zone, report).map(date -> (Object) date);
            case URL -> ScalarFields.url(rule.name(), scalar, report).map(uri -> (Object) uri);
            case BOOLEAN -> ScalarFields.bool(rule, scalar, report).map(flag -> (Object) flag);
            case INTEGER -> ScalarFields.integer(rule, scalar, report).map(number -> (Object) number);
            case ENUM -> ScalarFields.choice(rule, scalar, report).map(choice -> (Object) choice);
            default -> throw new IllegalStateException("handled above: " + rule.type());
        });
    }


    /** Every value given, typed as its field's rule says, for templates. */
    private Map<String, FieldValue> fieldValues(Map<String, Object> values) {
        Map<String, FieldValue> fields = new HashMap<>();
        values.forEach((name, value) -> schema.field(name).ifPresent(rule -> fields.put(name, switch (rule.type()) {
            case TEXT, SLUG -> new FieldValue.Text((String) value);
            case DATE -> new FieldValue.Date((PublicationDate) value);
            case TEXT_LIST -> new FieldValue.TextList(strings((List<?>) value));
            case URL -> new FieldValue.Url((java.net.URI) value);
            case BOOLEAN -> new FieldValue.Bool((Boolean) value);
            case LINKS -> new FieldValue.Links(links((List<?>) value));
            case INTEGER -> new FieldValue.WholeNumber((Long) value);
            case ENUM -> new FieldValue.Choice((String) value);
        })));
        return fields;
    }

    private static FrontMatter toFrontMatter(Map<String, Object> values, Map<String, FieldValue> fields) {
        return new FrontMatter(
                (String) values.get("title"),
                (PublicationDate) values.get("date"),
                typed(values, "tags", List.class).map(FrontMatterValidator::strings).orElse(List.of()),
                typed(values, "author", String.class),
                typed(values, "slug", String.class),
                typed(values, "description", String.class),
                typed(values, "sources", List.class).map(FrontMatterValidator::links).orElse(List.of()),
                typed(values, "image", String.class),
                typed(values, "draft", Boolean.class).orElse(false),
                typed(values, "updated", PublicationDate.class),
                fields);
    }

    /** A value the model knows by name, if the schema gave it the type the model expects. */
    private static <T> Optional<T> typed(Map<String, Object> values, String name, Class<T> type) {
        Object value = values.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    private static List<String> strings(List<?> list) {
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    private static List<SourceLink> links(List<?> list) {
        return list.stream().filter(SourceLink.class::isInstance).map(SourceLink.class::cast).toList();
    }
}
