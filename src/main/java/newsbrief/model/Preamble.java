package newsbrief.model;

import java.util.Objects;
import newsbrief.html.SafeHtml;

/**
 * What a brief says before its first section, where the schema allows it ({@code preamble:}): the
 * standfirst of its page, and its description unless the front matter gives one.
 *
 * @param html    its content as HTML, cleaned of anything that could run
 * @param excerpt the start of its text without markup, for descriptions made from it
 * @param words   how many words it has
 */
public record Preamble(SafeHtml html, String excerpt, int words) {

    public Preamble {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** A preamble whose excerpt is taken from its whole text. */
    public static Preamble of(SafeHtml html, String plainText, int words) {
        return new Preamble(html, plainText.length() <= Section.EXCERPT_CHARS ? plainText
                : plainText.substring(0, Section.EXCERPT_CHARS), words);
    }
}
