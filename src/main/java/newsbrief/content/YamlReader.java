package newsbrief.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into a {@link YamlNode} tree with snakeyaml's safe composer: no Java types are ever
 * constructed, scalars stay strings, and every problem becomes a diagnostic at its line.
 *
 * <p>We compose rather than load because loading turns {@code 2026-11-26} into a {@code Date},
 * {@code No} into {@code false} and silently keeps the last of two duplicate keys.
 */
public final class YamlReader {

    /** Tags that the composer gives plain YAML values; anything else was written on purpose. */
    private static final Set<Tag> PLAIN_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP, Tag.MERGE);

    private static final int MAX_DEPTH = 20;
    private static final int MAX_CODE_POINTS = 1_000_000;

    private final LoaderOptions options;

    public YamlReader() {
        options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setMaxAliasesForCollections(50); // our converter refuses aliases anyway
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        // Composing never constructs objects, so any tag is harmless here; letting the composer
        // through means our converter reports "!!java.io.File" as a tag problem at its line.
        options.setTagInspector(tag -> true);
    }

    /**
     * Reads one YAML document.
     *
     * @param yaml      the YAML text
     * @param firstLine the line of the file on which {@code yaml} starts, from 1
     * @param report    where problems go
     * @return the tree, or empty when the text is not valid YAML (already reported)
     */
    public Optional<YamlNode> read(String yaml, int firstLine, FileDiagnostics report) {
        Node root;
        try {
            if (yaml.indexOf('*') >= 0 && reportAliases(yaml, firstLine, report)) {
                return Optional.empty();
            }
            // snakeyaml's composer alone: the Yaml facade would also build a constructor and a
            // representer for every file, which a large site pays for ten thousand times.
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            report.add(positionOf(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(), firstLine),
                    Rule.YAML_SYNTAX, "invalid YAML: " + describe(e));
            return Optional.empty();
        } catch (YAMLException e) {
            report.add(SourcePosition.of(firstLine, 1), Rule.YAML_SYNTAX, "invalid YAML: " + firstLineOf(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YamlNode.Mapping(List.of(), SourcePosition.of(firstLine, 1)));
        }
        return Optional.of(new Converter(firstLine, report).convert(root));
    }

    /**
     * Reports each alias ({@code *name}) where it is used. Front matter never needs one, and an
     * alias expanded again and again can multiply a small file ("billion laughs").
     */
    private boolean reportAliases(String yaml, int firstLine, FileDiagnostics report) {
        boolean found = false;
        ParserImpl events = new ParserImpl(new StreamReader(new StringReader(yaml)), options);
        for (Event event = events.getEvent(); event != null && !event.is(Event.ID.StreamEnd); event = events.getEvent()) {
            if (event instanceof AliasEvent) {
                report.add(positionOf(event.getStartMark(), firstLine), Rule.YAML_ALIAS,
                        "YAML aliases are not supported in front matter", "write the value out in full");
                found = true;
            }
        }
        return found;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        return problem == null ? "cannot be read" : firstLineOf(problem);
    }

    private static String firstLineOf(String text) {
        if (text == null) {
            return "cannot be read";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    static SourcePosition positionOf(Mark mark, int firstLine) {
        if (mark == null) {
            return SourcePosition.of(firstLine, 1);
        }
        return SourceText.fromZeroBased(firstLine, mark.getLine(), mark.getColumn());
    }

    /** {@code tag:yaml.org,2002:java.io.File} as the editor wrote it: {@code !!java.io.File}. */
    private static String shortTag(Tag tag) {
        return tag.getValue().startsWith(Tag.PREFIX) ? "!!" + tag.getValue().substring(Tag.PREFIX.length()) : tag.getValue();
    }

    /** Turns the composed node graph into our tree, refusing aliases and explicit tags. */
    private static final class Converter {
        private final int firstLine;
        private final FileDiagnostics report;
        private final Map<Node, Boolean> seen = new IdentityHashMap<>();

        Converter(int firstLine, FileDiagnostics report) {
            this.firstLine = firstLine;
            this.report = report;
        }

        YamlNode convert(Node node) {
            SourcePosition position = positionOf(node.getStartMark(), firstLine);
            // Aliases are refused before composing; this guards against any node shared anyway.
            if (seen.put(node, Boolean.TRUE) != null) {
                report.add(position, Rule.YAML_ALIAS, "YAML aliases are not supported in front matter");
                return new YamlNode.Scalar("", true, position);
            }
            if (!PLAIN_TAGS.contains(node.getTag())) {
                report.add(position, Rule.YAML_TAG, "YAML tag \"" + shortTag(node.getTag()) + "\" is not allowed",
                        "remove the tag; values are plain text, lists and mappings");
            }
            if (node instanceof ScalarNode scalar) {
                return new YamlNode.Scalar(scalar.getValue(), scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN, position);
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item));
                }
                return new YamlNode.Sequence(items, position);
            }
            return convertMapping((MappingNode) node, position);
        }

        private YamlNode convertMapping(MappingNode mapping, SourcePosition position) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                YamlNode key = convert(tuple.getKeyNode());
                YamlNode value = convert(tuple.getValueNode());
                if (!(key instanceof YamlNode.Scalar scalarKey)) {
                    report.add(key.position(), Rule.YAML_KEY, "a key must be text, found a " + key.kindName());
                    continue;
                }
                if (!keys.add(scalarKey.value())) {
                    SourcePosition first = entries.stream().filter(e -> e.name().equals(scalarKey.value()))
                            .findFirst().map(e -> e.key().position()).orElse(position);
                    report.add(scalarKey.position(), Rule.YAML_DUPLICATE_KEY,
                            "key \"" + scalarKey.value() + "\" is repeated; it was first given on line " + first.line(),
                            "keep one \"" + scalarKey.value() + "\" entry");
                    continue;
                }
                entries.add(new YamlNode.Entry(scalarKey, value));
            }
            return new YamlNode.Mapping(entries, position);
        }
    }
}
