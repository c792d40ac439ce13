package newsbrief.postprocess;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML with jsoup's {@link Safelist}: the usual text, list, quote, table and image tags
 * stay; {@code script}, {@code iframe}, {@code object}, {@code style}, forms and every event
 * handler ({@code onclick}, ...) go; links keep only http, https and mailto URLs and get
 * {@code rel="noopener noreferrer"}; images keep only http and https sources. Relative links
 * ({@code /archive/}, {@code reports/x.html}) and in-page links ({@code #note-1}) stay as written:
 * a section is cleaned whole when it holds one inline tag, and its Markdown links must not be lost
 * for it. Thread-safe.
 */
public final class RawHtmlSanitizer {

    private final Safelist safelist = Safelist.relaxed()
            .addTags("del", "s", "figure", "figcaption", "abbr", "mark", "hr")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("abbr", "title")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);

    /**
     * jsoup checks a link's scheme on the link made absolute; without a base, a relative link has
     * none and is dropped. Any http(s) base will do: links are kept as written, never resolved.
     */
    private static final String BASE = "https://newsbrief.invalid/";

    private final Document.OutputSettings output = new Document.OutputSettings()
            .prettyPrint(false)
            .charset("UTF-8")
            .escapeMode(Entities.EscapeMode.base);

    public String clean(String html) {
        return Jsoup.clean(html, BASE, safelist, output);
    }
}
