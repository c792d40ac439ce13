package newsbrief.schema;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbrief.content.YamlMappingReader;
import newsbrief.content.YamlNode;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.model.SourceLink;

/** Front matter values that are lists: text lists such as tags, and sources of {title, url}. */
final class ListFields {

    private ListFields() {
    }

    static Optional<List<String>> textList(FieldRule rule, YamlNode node, FileDiagnostics report) {
        List<YamlNode> items = node instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node);
        if (node instanceof YamlNode.Mapping) {
            report.add(node.position(), Rule.FIELD_TYPE, "\"" + rule.name() + "\" is a mapping; expected a list of text",
                    "write it as [first, second]");
            return Optional.empty();
        }
        if (tooMany(rule, node, items.size(), report)) {
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        boolean valid = true;
        for (YamlNode item : items) {
            Optional<String> value = ScalarFields.scalarText(rule.name() + " item", item, FieldType.TEXT, report)
                    .flatMap(scalar -> ScalarFields.checkText(rule, singular(rule.name()), scalar, report));
            valid &= value.isPresent();
            value.filter(v -> !values.add(v)).ifPresent(v -> report.add(item.position(), Rule.FIELD_REPEATED,
                    rule.name() + " item \"" + v + "\" is repeated"));
        }
        return valid ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    /** Reports a list longer than the schema allows; its items are then not checked one by one. */
    private static boolean tooMany(FieldRule rule, YamlNode node, int count, FileDiagnostics report) {
        if (count <= rule.maxItems()) {
            return false;
        }
        report.add(node.position(), Rule.FIELD_MAX_ITEMS, "\"" + rule.name() + "\" has " + count + " items; at most "
                + rule.maxItems() + " are allowed", "keep the ones that matter most, or raise max-items of \""
                + rule.name() + "\" in the schema");
        return true;
    }

    /** "tags" → "tag", for messages about one item. */
    static String singular(String name) {
        return name.endsWith("s") && name.length() > 1 ? name.substring(0, name.length() - 1) : name + " item";
    }

    static Optional<List<SourceLink>> links(FieldRule rule, YamlNode node, FileDiagnostics report) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            report.add(node.position(), Rule.FIELD_TYPE, "\"" + rule.name() + "\" is " + YamlMappingReader.describe(node)
                    + "; expected a list of {title, url}", "write each as \"- {title: \\\"...\\\", url: https://...}\"");
            return Optional.empty();
        }
        if (tooMany(rule, node, sequence.items().size(), report)) {
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

    static Optional<SourceLink> link(FieldRule rule, YamlNode item, FileDiagnostics report) {
        if (!(item instanceof YamlNode.Mapping mapping)) {
            report.add(item.position(), Rule.FIELD_TYPE, "an item of \"" + rule.name() + "\" is "
                    + YamlMappingReader.describe(item) + "; expected {title, url}");
            return Optional.empty();
        }
        boolean valid = true;
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!entry.name().equals("title") && !entry.name().equals("url")) {
                report.add(entry.key().position(), Rule.FIELD_UNKNOWN, "unknown key \"" + entry.name()
                        + "\" in a source; expected title and url");
                valid = false;
            }
        }
        Optional<String> title = required(mapping, "title", report)
                .flatMap(node -> ScalarFields.scalarText("source title", node, FieldType.TEXT, report))
                .map(scalar -> scalar.value().strip());
        Optional<URI> url = required(mapping, "url", report)
                .flatMap(node -> ScalarFields.scalarText("source url", node, FieldType.URL, report))
                .flatMap(scalar -> ScalarFields.url("source url", scalar, report));
        if (valid && title.isPresent() && url.isPresent()) {
            return Optional.of(new SourceLink(title.get(), url.get()));
        }
        return Optional.empty();
    }

    static Optional<YamlNode> required(YamlNode.Mapping mapping, String key, FileDiagnostics report) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            report.add(mapping.position(), Rule.FIELD_REQUIRED, "a source has no \"" + key + "\"",
                    "give each source a title and a url");
        }
        return node;
    }
}
