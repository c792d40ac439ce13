package newsbrief.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsbrief.content.YamlNode;
import newsbrief.content.YamlReader;
import newsbrief.diag.SourcePosition;

/** A Jekyll or Hugo YAML header, composed by snakeyaml as briefs' own front matter is: nothing is constructed. */
final class YamlHeader {

    private final YamlReader reader = new YamlReader();

    /** The header's keys; YAML that cannot be read is reported at its line by the reader, as an error. */
    List<HeaderField> fields(String header, ImportNotes notes) {
        Optional<YamlNode> root = reader.read(header, 2, notes.report());
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            notes.refuse(SourcePosition.of(2, 1), "the header is " + root.get().kindName()
                    + ", not \"key: value\" lines", "write the header as \"title: ...\", \"date: ...\" lines");
            return List.of();
        }
        List<HeaderField> fields = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            fields.add(new HeaderField(entry.name(), texts(entry.value()),
                    entry.value() instanceof YamlNode.Sequence, entry.key().position()));
        }
        return fields;
    }

    /** A scalar's text, a list's scalar items; nothing for a mapping, or a null. */
    private static List<String> texts(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.isNull() ? List.of() : List.of(scalar.value());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items().stream().filter(YamlNode.Scalar.class::isInstance).map(YamlNode.Scalar.class::cast)
                    .filter(scalar -> !scalar.isNull()).map(YamlNode.Scalar::value).toList();
        }
        return List.of();
    }
}
