package newsbrief.importer;

import java.util.List;
import java.util.Objects;

/**
 * A Markdown post's header and what follows it.
 *
 * @param format what wrote it, for messages: "Pelican", "YAML" or "TOML"
 * @param fields its keys, in order
 * @param body   the text after the header, exactly as in the file
 */
record PostHeader(String format, List<HeaderField> fields, String body) {

    PostHeader {
        Objects.requireNonNull(format, "format");
        fields = List.copyOf(fields);
        Objects.requireNonNull(body, "body");
    }
}
