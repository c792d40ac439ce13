package newsbrief.content;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders parsed Markdown blocks to HTML. Raw HTML in a brief is escaped and unsafe link schemes
 * ({@code javascript:} and the like) are dropped, so this is the only HTML that templates may
 * insert unescaped. Immutable and thread-safe.
 */
public final class MarkdownHtml {

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(MarkdownReader.EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /** The HTML of some blocks, in order. */
    public String render(List<Node> blocks) {
        StringBuilder html = new StringBuilder();
        for (Node block : blocks) {
            renderer.render(block, html);
        }
        return html.toString();
    }

    /** The HTML of the inline content of one block, without its wrapping element. */
    public String renderInline(Node block) {
        StringBuilder html = new StringBuilder();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            renderer.render(child, html);
        }
        return html.toString();
    }
}
