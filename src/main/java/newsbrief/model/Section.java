package newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * One section of a brief, such as "The Signal".
 *
 * @param id        the schema's id for it, e.g. {@code signal}; used as the HTML id
 * @param heading   the heading as the schema names it, e.g. "The Signal"
 * @param html      its content as HTML, raw HTML escaped and unsafe links dropped
 * @param bullets   the inline HTML of each item of its bullet lists, for summaries on list pages
 * @param plainText its text without markup, for descriptions and word counts
 * @param words     how many words it has
 */
public record Section(String id, String heading, String html, List<String> bullets, String plainText, int words) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(html, "html");
        bullets = List.copyOf(bullets);
        Objects.requireNonNull(plainText, "plainText");
    }

    /** A section whose word count is taken from its text. */
    public static Section of(String id, String heading, String html, List<String> bullets, String plainText) {
        return new Section(id, heading, html, bullets, plainText, Words.count(plainText));
    }
}
