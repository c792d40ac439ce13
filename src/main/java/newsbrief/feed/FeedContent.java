package newsbrief.feed;

import java.util.List;
import newsbrief.model.Brief;
import newsbrief.model.Section;
import newsbrief.model.SourceLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * What a feed reader shows of a brief, and of a site, as HTML: readers show a brief away from its
 * page, and many read even a "description" as HTML.
 */
final class FeedContent {

    /** Attributes that hold a URL in the HTML a brief may contain. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite");
    /** Numeric references only, which every HTML parser knows, however old ({@code &#x27;}, not {@code &apos;}). */
    private static final Document.OutputSettings TEXT = new Document.OutputSettings()
            .escapeMode(Entities.EscapeMode.xhtml);

    private FeedContent() {
    }

    /**
     * The whole brief: its preamble, if any, then each section as {@code <h2>heading</h2>} and its
     * HTML, then its sources under the heading {@code sources}. The preamble opens the story, as on
     * the page and in the email, even when the description already quotes it: a reader shows the
     * content as the article.
     * Every URL is made absolute against the brief's page, {@code pageUrl}, since a reader shows
     * the content away from the page, where {@code /news/images/x.png} or {@code ../other/} lead
     * nowhere.
     */
    static String html(Brief brief, String pageUrl, String sourcesHeading) {
        StringBuilder html = new StringBuilder();
        brief.preamble().ifPresent(preamble -> html.append(preamble.html().markup()));
        for (Section section : brief.sections()) {
            html.append("<h2>").append(text(section.heading())).append("</h2>\n").append(section.html().markup());
        }
        List<SourceLink> sources = brief.frontMatter().sources();
        if (!sources.isEmpty()) {
            html.append("<h2>").append(text(sourcesHeading)).append("</h2>\n<ul>\n");
            for (SourceLink source : sources) {
                html.append("<li><a href=\"").append(text(source.url().toString())).append("\">")
                        .append(text(source.title())).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        return absolute(html.toString(), pageUrl);
    }

    /**
     * Plain text as HTML that shows exactly that text: for RSS's {@code <description>}, which
     * readers take as HTML, so a summary quoting {@code <img src=x onerror=...>} stays words.
     */
    static String text(String plain) {
        return Entities.escape(plain, TEXT);
    }

    private static String absolute(String html, String baseUrl) {
        Document document = Jsoup.parseBodyFragment(html, baseUrl);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().select("[href], [src], [cite]")) {
            for (String attribute : URL_ATTRIBUTES) {
                String url = element.absUrl(attribute);
                if (!url.isEmpty()) {
                    element.attr(attribute, url);
                }
            }
        }
        return document.body().html();
    }
}
