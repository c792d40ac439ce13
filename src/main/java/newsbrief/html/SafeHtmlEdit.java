package newsbrief.html;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Safe HTML edited with jsoup by an output that restyles it — the email edition inlines styles,
 * makes URLs absolute and gives images a width. The edit may rename elements and add or change
 * attributes; it may not make the HTML unsafe, which is checked afterwards: no element that runs
 * or embeds anything, no event handler, no URL but http(s), mailto, a path or a fragment.
 */
public final class SafeHtmlEdit {

    private static final Set<String> NEVER = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "form", "input", "button", "select", "textarea", "link", "meta", "base", "svg", "math",
            "template", "noscript", "audio", "video", "source", "track", "canvas", "portal");

    private SafeHtmlEdit() {
    }

    /**
     * @param baseUri what relative URLs in the HTML are relative to
     * @throws IllegalStateException when the edit made the HTML unsafe (a bug in the edit)
     */
    public static SafeHtml apply(SafeHtml html, String baseUri, Consumer<Document> edit) {
        Document document = Jsoup.parseBodyFragment(html.markup(), baseUri);
        document.outputSettings().prettyPrint(false);
        edit.accept(document);
        for (Element element : document.body().getAllElements()) {
            check(element);
        }
        return SafeHtml.of(document.body().html(), HtmlStorage.PLAIN);
    }

    private static void check(Element element) {
        if (NEVER.contains(element.normalName())) {
            throw new IllegalStateException("an edit of safe HTML added <" + element.normalName() + ">");
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith("on") || (name.equals("href") || name.equals("src")) && !safeUrl(attribute.getValue())) {
                throw new IllegalStateException("an edit of safe HTML added " + name + "=\"" + attribute.getValue()
                        + "\"");
            }
        }
    }

    private static boolean safeUrl(String url) {
        String value = url.strip().toLowerCase(Locale.ROOT);
        int colon = value.indexOf(':');
        int slash = value.indexOf('/');
        boolean schemeLess = colon < 0 || slash >= 0 && slash < colon || value.startsWith("#") || value.startsWith("?");
        return schemeLess || value.startsWith("http:") || value.startsWith("https:") || value.startsWith("mailto:");
    }
}
