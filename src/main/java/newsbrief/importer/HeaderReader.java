package newsbrief.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.diag.SourcePosition;

/**
 * Finds a site generator's header at the top of a file: YAML between {@code ---} lines (Jekyll,
 * Hugo), TOML between {@code +++} lines (Hugo), or Pelican's {@code Key: value} lines up to the
 * first blank line, one of them {@code Title:}. A file with none is text to read as pasted.
 */
final class HeaderReader {

    private static final Pattern PELICAN_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(?:[ \\t]+(.*))?");

    private final YamlHeader yaml = new YamlHeader();
    private final TomlHeader toml = new TomlHeader();

    /**
     * The header, or empty when the file has none; a header that cannot be read is refused in
     * {@code notes} and given with no fields.
     */
    Optional<PostHeader> read(RawLines lines, ImportNotes notes) {
        if (lines.count() == 0) {
            return Optional.empty();
        }
        String first = lines.line(1).stripTrailing();
        if (first.equals("---") || first.equals("+++")) {
            return Optional.of(fenced(lines, first, notes));
        }
        return pelican(lines);
    }

    private PostHeader fenced(RawLines lines, String fence, ImportNotes notes) {
        boolean isYaml = fence.equals("---");
        for (int number = 2; number <= lines.count(); number++) {
            String line = lines.line(number).stripTrailing();
            if (line.equals(fence) || isYaml && line.equals("...")) {
                String header = joined(lines, 2, number);
                List<HeaderField> fields = isYaml ? yaml.fields(header, notes) : toml.fields(header, notes);
                return new PostHeader(isYaml ? "YAML" : "TOML", fields, lines.from(number + 1));
            }
        }
        notes.refuse(SourcePosition.START, "the header is not closed; expected another \"" + fence + "\" line",
                "add a \"" + fence + "\" line after the header");
        return new PostHeader(isYaml ? "YAML" : "TOML", List.of(), "");
    }

    /** Lines {@code from} up to {@code to} (not included), joined by LF. */
    private static String joined(RawLines lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int number = from; number < to; number++) {
            text.append(lines.line(number)).append('\n');
        }
        return text.toString();
    }

    private static Optional<PostHeader> pelican(RawLines lines) {
        List<HeaderField> fields = new ArrayList<>();
        int number = 1;
        for (; number <= lines.count() && !lines.line(number).isBlank(); number++) {
            Matcher matcher = PELICAN_LINE.matcher(lines.line(number).strip());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String value = matcher.group(2) == null ? "" : matcher.group(2).strip();
            fields.add(pelicanField(matcher.group(1), value, SourcePosition.of(number, 1)));
        }
        boolean titled = fields.stream().anyMatch(field -> field.key().equalsIgnoreCase("title"));
        return titled ? Optional.of(new PostHeader("Pelican", fields, lines.from(number))) : Optional.empty();
    }

    /** Pelican writes lists as text separated by commas. */
    private static HeaderField pelicanField(String key, String value, SourcePosition position) {
        String name = key.toLowerCase(Locale.ROOT);
        if (name.equals("tags") || name.equals("authors") || name.equals("keywords")) {
            List<String> items = value.isEmpty() ? List.of()
                    : List.of(value.split("\\s*,\\s*")).stream().filter(item -> !item.isBlank()).toList();
            return new HeaderField(key, items, true, position);
        }
        return HeaderField.text(key, value, position);
    }
}
