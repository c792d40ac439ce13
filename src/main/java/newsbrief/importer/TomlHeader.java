package newsbrief.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsbrief.diag.SourcePosition;

/**
 * A Hugo TOML header, read by Jackson's TOML parser. Dates stay text ({@code 2026-12-01T09:30:00+01:00}),
 * as the parser gives them without its Java-time feature.
 */
final class TomlHeader {

    private static final TomlMapper MAPPER = new TomlMapper();

    /** The header's keys; TOML that cannot be read is refused at its line. */
    List<HeaderField> fields(String header, ImportNotes notes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(header);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            notes.refuse(SourcePosition.of(1 + Math.max(1, line), 1), "invalid TOML: " + e.getOriginalMessage(),
                    "correct the header, or remove it and import the text as pasted");
            return List.of();
        }
        List<String> lines = header.lines().toList();
        List<HeaderField> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            fields.add(new HeaderField(entry.getKey(), texts(entry.getValue()), entry.getValue().isArray(),
                    positionOf(entry.getKey(), lines)));
        }
        return fields;
    }

    private static List<String> texts(JsonNode value) {
        if (value.isValueNode()) {
            return value.isNull() ? List.of() : List.of(value.asText());
        }
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> {
                if (item.isValueNode() && !item.isNull()) {
                    items.add(item.asText());
                }
            });
        }
        return items;
    }

    /** Where a top-level key is written ({@code key = ...} or a {@code [key]} table); the parser keeps no positions in its tree. */
    private static SourcePosition positionOf(String key, List<String> lines) {
        Pattern written = Pattern.compile("\\s*(?:\"?" + Pattern.quote(key) + "\"?\\s*=|\\[+\\s*" + Pattern.quote(key)
                + "\\s*[\\].]).*");
        for (int i = 0; i < lines.size(); i++) {
            if (written.matcher(lines.get(i)).matches()) {
                return SourcePosition.of(i + 2, 1 + lines.get(i).indexOf(lines.get(i).strip()));
            }
        }
        return SourcePosition.of(2, 1);
    }
}
