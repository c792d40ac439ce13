package newsbrief.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.YamlMappingReader;
import newsbrief.content.YamlNode;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.NearestName;
import newsbrief.diag.SourcePosition;
import newsbrief.model.FrontMatter;
import newsbrief.model.PublicationDate;
import newsbrief.model.Slug;
import newsbrief.model.SourceLink;

/**
 * Checks a brief's front matter against the schema's fields and converts the values from text:
 * {@code date: 2024-02-30} is an error, not 1 March, and {@code title: No} is the text "No".
 */
final class FrontMatterValidator {

    private static final String SOURCE_TITLE = "title";
    private static final String SOURCE_URL = "url";

    private final BriefSchema schema;

    FrontMatterValidator(BriefSchema schema) {
        this.schema = schema;
    }

    /** The front matter, or empty when a problem was reported. */
    Optional<FrontMatter> validate(YamlNode.Mapping mapping, FileDiagnostics report) {
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
                report.error(SourcePosition.START, "field-required",
                        "front matter has no \"" + rule.name() + "\"; it is required",
                        "add it, for example: " + rule.name() + ": " + example(rule.type()));
                valid = false;
            }
        }
        return valid ? Optional.of(toFrontMatter(values)) : Optional.empty();
    }

    /** Reports a key the schema does not know; returns the known key it suggests instead. */
    private Optional<String> reportUnknownKey(YamlNode.Entry entry, FileDiagnostics report) {
        String message = "unknown front matter key \"" + entry.name() + "\"";
        Optional<String> nearest = NearestName.among(entry.name(), schema.fieldNames());
        report.error(entry.key().position(), "field-unknown", message, nearest
                .map(name -> "did you mean \"" + name + "\"?")
                .orElse("known keys: " + String.join(", ", schema.fieldNames())));
        return nearest;
    }

    private static String example(FieldType type) {
        return switch (type) {
            case DATE -> "2026-11-26";
            case TEXT_LIST -> "[first, second]";
            case URL -> "https://example.com/";
            case BOOLEAN -> "false";
            case SLUG -> "my-slug";
            case LINKS -> "[{title: \"Source\", url: https://example.com/}]";
            case TEXT -> "\"...\"";
        };
    }

    private static Optional<Object> convert(FieldRule rule, YamlNode node, FileDiagnostics report) {
        if (rule.type() == FieldType.TEXT_LIST) {
            return textList(rule, node, report).map(list -> list);
        }
        if (rule.type() == FieldType.LINKS) {
            return links(rule, node, report).map(list -> list);
        }
        return scalarText(rule.name(), node, rule.type(), report).flatMap(scalar -> switch (rule.type()) {
            case TEXT -> checkText(rule, rule.name(), scalar, report).map(text -> (Object) text);
            case SLUG -> slug(rule, scalar, report).map(text -> (Object) text);
            case DATE -> date(rule, scalar, report).map(date -> (Object) date);
            case URL -> url(rule.name(), scalar, report).map(uri -> (Object) uri);
            case BOOLEAN -> bool(rule, scalar, report).map(flag -> (Object) flag);
            default -> throw new IllegalStateException("handled above: " + rule.type());
        });
    }

    private static Optional<YamlNode.Scalar> scalarText(String name, YamlNode node, FieldType type,
            FileDiagnostics report) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return Optional.of(scalar);
        }
        String rule = node instanceof YamlNode.Scalar ? "field-empty" : "field-type";
        report.error(node.position(), rule, "\"" + name + "\" is " + YamlMappingReader.describe(node)
                + "; expected " + type.description());
        return Optional.empty();
    }

    private static Optional<String> checkText(FieldRule rule, String what, YamlNode.Scalar scalar,
            FileDiagnostics report) {
        String text = scalar.value().strip();
        if (text.isEmpty()) {
            report.error(scalar.position(), "field-empty", what + " is empty");
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (rule.maxLength().isPresent() && length > rule.maxLength().get()) {
            report.error(scalar.position(), "field-max-length", what + " has " + length
                    + " characters; at most " + rule.maxLength().get() + " are allowed");
            return Optional.empty();
        }
        if (rule.pattern().isPresent() && !rule.pattern().get().matcher(text).matches()) {
            report.error(scalar.position(), "field-pattern", what + " \"" + text + "\" does not match "
                    + rule.pattern().get().pattern(), patternHint(rule, text));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static String patternHint(FieldRule rule, String text) {
        if (rule.pattern().get().pattern().equals(Slug.PATTERN.pattern())) {
            return "write it in lower case with hyphens, e.g. \"" + Slug.fromText(text) + "\"";
        }
        return "change the value to match the pattern";
    }

    private static Optional<String> slug(FieldRule rule, YamlNode.Scalar scalar, FileDiagnostics report) {
        return checkText(rule, rule.name(), scalar, report).filter(text -> {
            if (Slug.isValid(text)) {
                return true;
            }
            report.error(scalar.position(), "field-slug", "slug \"" + text + "\" is not a valid slug; expected "
                    + Slug.PATTERN.pattern(), "use \"" + Slug.fromText(text) + "\"");
            return false;
        });
    }

    private static Optional<PublicationDate> date(FieldRule rule, YamlNode.Scalar scalar, FileDiagnostics report) {
        String text = scalar.value().strip();
        try {
            if (text.length() <= "YYYY-MM-DD".length()) {
                return Optional.of(PublicationDate.of(LocalDate.parse(text)));
            }
            return Optional.of(PublicationDate.of(OffsetDateTime.parse(text)));
        } catch (DateTimeParseException e) {
            report.error(scalar.position(), "field-date", rule.name() + " \"" + text
                    + "\" is not a valid date; expected YYYY-MM-DD or a date-time with offset",
                    "for example \"2026-11-26\" or \"2026-11-26T09:30:00+01:00\"");
            return Optional.empty();
        }
    }

    private static Optional<URI> url(String what, YamlNode.Scalar scalar, FileDiagnostics report) {
        String text = scalar.value().strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below, like any other URL we cannot use
        }
        report.error(scalar.position(), "field-url", what + " \"" + text + "\" is not an absolute http(s) URL",
                "write the full address, starting with https://");
        return Optional.empty();
    }

    private static Optional<Boolean> bool(FieldRule rule, YamlNode.Scalar scalar, FileDiagnostics report) {
        if (scalar.plain() && (scalar.value().equals("true") || scalar.value().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(scalar.value()));
        }
        report.error(scalar.position(), "field-type", rule.name() + " is \"" + scalar.value()
                + "\"; expected true or false");
        return Optional.empty();
    }

    private static Optional<List<String>> textList(FieldRule rule, YamlNode node, FileDiagnostics report) {
        List<YamlNode> items = node instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node);
        if (node instanceof YamlNode.Mapping) {
            report.error(node.position(), "field-type", "\"" + rule.name() + "\" is a mapping; expected a list of text",
                    "write it as [first, second]");
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        boolean valid = true;
        for (YamlNode item : items) {
            Optional<String> value = scalarText(rule.name() + " item", item, FieldType.TEXT, report)
                    .flatMap(scalar -> checkText(rule, singular(rule.name()), scalar, report));
            valid &= value.isPresent();
            value.filter(v -> !values.add(v)).ifPresent(v -> report.warning(item.position(), "field-repeated",
                    rule.name() + " item \"" + v + "\" is repeated"));
        }
        return valid ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    /** "tags" → "tag", for messages about one item. */
    private static String singular(String name) {
        return name.endsWith("s") && name.length() > 1 ? name.substring(0, name.length() - 1) : name + " item";
    }

    private static Optional<List<SourceLink>> links(FieldRule rule, YamlNode node, FileDiagnostics report) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            report.error(node.position(), "field-type", "\"" + rule.name() + "\" is " + YamlMappingReader.describe(node)
                    + "; expected a list of {title, url}", "write each as \"- {title: \\\"...\\\", url: https://...}\"");
            return Optional.empty();
        }
        List<SourceLink> links = new ArrayList<>();
        boolean valid = true;
        for (YamlNode item : sequence.items()) {
            Optional<SourceLink> link = link(rule, item, report);
            link.ifPresent(links::add);
            valid &= link.isPresent();
        }
        return valid ? Optional.of(links) : Optional.empty();
    }

    private static Optional<SourceLink> link(FieldRule rule, YamlNode item, FileDiagnostics report) {
        if (!(item instanceof YamlNode.Mapping mapping)) {
            report.error(item.position(), "field-type", "an item of \"" + rule.name() + "\" is "
                    + YamlMappingReader.describe(item) + "; expected {title, url}");
            return Optional.empty();
        }
        boolean valid = true;
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!entry.name().equals(SOURCE_TITLE) && !entry.name().equals(SOURCE_URL)) {
                report.error(entry.key().position(), "field-unknown", "unknown key \"" + entry.name()
                        + "\" in a source; expected title and url");
                valid = false;
            }
        }
        Optional<String> title = required(mapping, SOURCE_TITLE, report)
                .flatMap(node -> scalarText("source title", node, FieldType.TEXT, report))
                .map(scalar -> scalar.value().strip());
        Optional<URI> url = required(mapping, SOURCE_URL, report)
                .flatMap(node -> scalarText("source url", node, FieldType.URL, report))
                .flatMap(scalar -> url("source url", scalar, report));
        if (valid && title.isPresent() && url.isPresent()) {
            return Optional.of(new SourceLink(title.get(), url.get()));
        }
        return Optional.empty();
    }

    private static Optional<YamlNode> required(YamlNode.Mapping mapping, String key, FileDiagnostics report) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            report.error(mapping.position(), "field-required", "a source has no \"" + key + "\"",
                    "give each source a title and a url");
        }
        return node;
    }

    private static FrontMatter toFrontMatter(Map<String, Object> values) {
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
                typed(values, "updated", PublicationDate.class));
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
