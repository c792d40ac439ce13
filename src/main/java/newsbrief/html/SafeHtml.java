package newsbrief.html;

import java.util.Objects;

/**
 * HTML that templates may write without escaping: the only type {@code partial/html.jte}, the one
 * {@code $unsafe} of the templates, accepts. Section and bullet HTML is made only by
 * {@link MarkdownHtml} in this package, which escapes or cleans raw HTML and drops unsafe URLs;
 * outside it, the one way to make a {@code SafeHtml} is {@link #jsonLdScript}, which refuses
 * text that could close the script. So no template, and no other stage, can mark a string as safe.
 * Kept as a string, or deflated for sites too large for the heap ({@link HtmlStorage}).
 */
public final class SafeHtml {

    private final CompactText markup;

    SafeHtml(CompactText markup) {
        this.markup = Objects.requireNonNull(markup, "markup");
    }

    static SafeHtml of(String markup, HtmlStorage storage) {
        return new SafeHtml(CompactText.of(markup, storage == HtmlStorage.DEFLATED));
    }

    /**
     * A {@code <script type="application/ld+json">} element around JSON in which {@code <}, {@code >}
     * and {@code &} are escaped (as Jackson writes it with HTML-safe escapes), so nothing in it can
     * end the script.
     *
     * @throws IllegalArgumentException when the JSON holds {@code <}, {@code >} or {@code &}
     */
    public static SafeHtml jsonLdScript(String htmlSafeJson) {
        if (htmlSafeJson.indexOf('<') >= 0 || htmlSafeJson.indexOf('>') >= 0 || htmlSafeJson.indexOf('&') >= 0) {
            throw new IllegalArgumentException("JSON-LD must escape <, > and & before it stands in a page");
        }
        return new SafeHtml(CompactText.of("<script type=\"application/ld+json\">" + htmlSafeJson + "</script>"));
    }

    /** The markup, inflated again if it was kept deflated. */
    public String markup() {
        return markup.text();
    }

    @Override
    public String toString() {
        return markup();
    }
}
