package newsbrief.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import newsbrief.content.MarkdownReader;
import newsbrief.model.RawHtml;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** What each {@code rawHtml} setting makes of HTML an editor wrote, and of links. */
class MarkdownHtmlTest {

    private static final String RAW = """
            <div onclick="steal()"><b>Bold</b><script>alert(1)</script></div>

            Text with <a href="javascript:alert(1)" onmouseover="x()">a link</a> and <em>emphasis</em>.
            """;

    private static String render(RawHtml mode, String markdown) {
        Node document = new MarkdownReader().parse(markdown);
        List<Node> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        return new MarkdownHtml(mode).render(blocks).markup();
    }

    @Test
    void sanitizeKeepsHarmlessTagsAndDropsEverythingThatRuns() {
        assertEquals("<div><b>Bold</b></div>\n<p>Text with <a rel=\"noopener noreferrer\">a link</a> and "
                + "<em>emphasis</em>.</p>\n", render(RawHtml.SANITIZE, RAW));
    }

    @Test
    void escapeShowsTheHtmlAsText() {
        assertEquals("<p>&lt;div onclick=&quot;steal()&quot;&gt;&lt;b&gt;Bold&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                + "&lt;/div&gt;</p>\n<p>Text with &lt;a href=&quot;javascript:alert(1)&quot; onmouseover=&quot;x()&quot;&gt;"
                + "a link&lt;/a&gt; and &lt;em&gt;emphasis&lt;/em&gt;.</p>\n", render(RawHtml.ESCAPE, RAW));
    }

    @Test
    void allowKeepsTheHtmlAsWritten() {
        assertEquals(RAW.replace("\n\nText", "\n<p>Text").replace(".\n", ".</p>\n"), render(RawHtml.ALLOW, RAW));
    }

    @Test
    void dropsScriptAndDataUrlsFromMarkdownLinksInEveryMode() {
        for (RawHtml mode : RawHtml.values()) {
            assertEquals("<p><a href=\"\">a</a> <a href=\"\">b</a> <img src=\"\" alt=\"c\" /></p>\n",
                    render(mode, "[a](javascript:alert(1)) [b](data:text/html,x) ![c](data:image/svg+xml,x)"), mode.name());
        }
    }

    @Test
    void marksLinksToOtherSitesNoopener() {
        assertEquals("<p><a href=\"https://example.org/\" rel=\"noopener noreferrer\">out</a> "
                + "<a href=\"mailto:desk@example.org\">mail</a></p>\n",
                render(RawHtml.SANITIZE, "[out](https://example.org/) [mail](mailto:desk@example.org)"));
    }
}
