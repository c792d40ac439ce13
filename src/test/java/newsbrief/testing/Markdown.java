package newsbrief.testing;

import java.util.ArrayList;
import java.util.List;
import newsbrief.content.MarkdownReader;
import newsbrief.html.MarkdownHtml;
import newsbrief.html.SafeHtml;
import newsbrief.model.RawHtml;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Markdown rendered by the HTML stage, for tests that build model records by hand. */
public final class Markdown {

    private Markdown() {
    }

    /** The HTML of some Markdown; one paragraph alone gives its inline HTML, as a bullet has. */
    public static SafeHtml html(String markdown) {
        Node document = new MarkdownReader().parse(markdown);
        MarkdownHtml html = new MarkdownHtml(RawHtml.SANITIZE);
        if (document.getFirstChild() instanceof Paragraph paragraph && paragraph.getNext() == null
                && !markdown.endsWith("\n")) {
            return html.renderInline(paragraph);
        }
        List<Node> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        return html.render(blocks);
    }
}
