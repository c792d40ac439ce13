package newsbrief.email;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newsbrief.html.SafeHtml;
import newsbrief.html.SafeHtmlEdit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Section HTML (as {@code MarkdownHtml} rendered it: plain {@code <p>}, {@code <ul>},
 * {@code <blockquote>}…) made ready for an inbox: each element gets its style inline, every link
 * and image URL is made absolute against the brief's page (as a browser would resolve it there),
 * and every image gets alt text and a width. Nothing is added that could run.
 */
final class EmailHtml {

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src");
    private static final List<String> ALIGNMENTS = List.of("left", "center", "right");

    private EmailHtml() {
    }

    /**
     * @param html         a section's HTML
     * @param page         the absolute URL of the brief's page, which relative URLs are resolved against
     * @param headingShift levels to add to each heading, so that a digest's sections nest under its headlines
     */
    static SafeHtml of(SafeHtml html, URI page, int headingShift) {
        return SafeHtmlEdit.apply(html, page.toString(), document -> edit(document, page, headingShift));
    }

    private static void edit(Document document, URI page, int headingShift) {
        // An image whose URL the cleaner dropped (a relative one, among raw HTML) has nothing to show.
        document.body().select("img:not([src]), img[src~=^\\s*$]").remove();
        for (Element element : document.body().getAllElements()) {
            if (element == document.body()) {
                continue;
            }
            shiftHeading(element, headingShift);
            absolutise(element, page);
            if (element.nameIs("img")) {
                fillImage(element);
            }
            EmailStyles.of(element.normalName()).map(style -> aligned(element, style))
                    .ifPresent(style -> addStyle(element, style));
        }
    }

    private static void shiftHeading(Element element, int shift) {
        String name = element.normalName();
        if (shift > 0 && name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            element.tagName("h" + Math.min(6, name.charAt(1) - '0' + shift));
        }
    }

    private static void absolutise(Element element, URI page) {
        for (String attribute : URL_ATTRIBUTES) {
            if (element.hasAttr(attribute) && element.attr(attribute).isBlank()) {
                element.removeAttr(attribute);
            } else if (element.hasAttr(attribute)) {
                resolve(page, element.attr(attribute)).ifPresentOrElse(url -> element.attr(attribute, url),
                        () -> element.removeAttr(attribute));
            }
        }
    }

    /** The URL as a browser on {@code page} would resolve it; empty for one that is not a URL at all. */
    static Optional<String> resolve(URI page, String url) {
        try {
            URI resolved = page.resolve(url.strip());
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")
                    ? Optional.of(resolved.toString()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Outlook shows an image at its own size unless told its width; an image without alt text is read as its URL. */
    private static void fillImage(Element image) {
        if (!image.hasAttr("alt")) {
            image.attr("alt", "");
        }
        String width = image.attr("width");
        if (!width.matches("[0-9]{1,4}") || Integer.parseInt(width) > EmailStyles.CONTENT_WIDTH) {
            image.attr("width", String.valueOf(EmailStyles.CONTENT_WIDTH));
            image.removeAttr("height");
        }
    }

    /**
     * A table cell keeps the alignment its Markdown gave it ({@code |:---:|} is
     * {@code align="center"}): the inline style says it too, since a client that honours styles
     * lets them override the attribute, and Outlook reads the attribute.
     */
    private static String aligned(Element element, String style) {
        String align = element.attr("align").strip().toLowerCase(Locale.ROOT);
        if (!(element.nameIs("th") || element.nameIs("td")) || !ALIGNMENTS.contains(align)) {
            return style;
        }
        return style.replace("text-align:left;", "") + "text-align:" + align + ";";
    }

    private static void addStyle(Element element, String style) {
        String own = element.attr("style").strip();
        element.attr("style", own.isEmpty() ? style : style + own + (own.endsWith(";") ? "" : ";"));
    }
}
