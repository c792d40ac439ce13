package newsbrief.render;

import java.util.Objects;

/**
 * HTML that templates may write without escaping ({@code partial/trusted.jte}, the one
 * {@code $unsafe} in the templates). Only two kinds exist: HTML rendered by
 * {@link newsbrief.content.MarkdownHtml}, which escapes raw HTML and drops unsafe URLs, and
 * JSON-LD written by {@link JsonLd}, which escapes {@code <}, {@code >} and {@code &}.
 */
public final class TrustedHtml {

    private final String value;

    private TrustedHtml(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Section or bullet HTML as {@code MarkdownHtml} rendered it. */
    public static TrustedHtml markdown(String renderedByMarkdownHtml) {
        return new TrustedHtml(renderedByMarkdownHtml);
    }

    /** A script element around JSON that cannot close it early. */
    static TrustedHtml jsonLdScript(String escapedJson) {
        return new TrustedHtml("<script type=\"application/ld+json\">" + escapedJson + "</script>");
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrustedHtml html && html.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
