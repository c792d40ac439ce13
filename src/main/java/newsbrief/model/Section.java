package newsbrief.model;

import java.util.List;
import java.util.Objects;
import newsbrief.html.SafeHtml;

/**
 * One section of a brief, such as "The Signal".
 *
 * @param id      the schema's id for it, e.g. {@code signal}; used as the HTML id
 * @param heading the heading as the schema names it, e.g. "The Signal"
 * @param html    its content as HTML, cleaned of anything that could run
 * @param bullets the inline HTML of each item of its bullet lists, for summaries on list pages
 * @param excerpt the start of its text without markup, for descriptions made from it
 * @param words   how many words it has
 */
public record Section(String id, String heading, SafeHtml html, List<SafeHtml> bullets, String excerpt, int words) {

    /** Enough text for a description; the rest is not kept, so large sites fit in memory. */
    public static final int EXCERPT_CHARS = 400;

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(html, "html");
        bullets = List.copyOf(bullets);
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** A section whose excerpt and word count are taken from its whole text. */
    public static Section of(String id, String heading, SafeHtml html, List<SafeHtml> bullets, String plainText) {
        String excerpt = plainText.length() <= EXCERPT_CHARS ? plainText : plainText.substring(0, EXCERPT_CHARS);
        return new Section(id, heading, html, bullets, excerpt, Words.count(plainText));
    }
}
