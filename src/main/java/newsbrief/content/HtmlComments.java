package newsbrief.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * Takes the HTML comments an editor left ({@code <!-- check the tide times -->}) out of a parsed
 * body, for a schema with {@code html-comments: ignore}. A block that holds only comments goes; a
 * block that holds other HTML as well stays, as raw HTML. commonmark parses an inline comment as
 * one node, so it goes whole.
 */
public final class HtmlComments {

    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";

    private HtmlComments() {
    }

    public static void drop(Node body) {
        List<Node> comments = new ArrayList<>();
        body.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                if (onlyComments(block.getLiteral())) {
                    comments.add(block);
                }
            }

            @Override
            public void visit(HtmlInline inline) {
                if (onlyComments(inline.getLiteral())) {
                    comments.add(inline);
                }
            }
        });
        comments.forEach(Node::unlink);
    }

    /** {@code <!-- a -->  <!-- b -->}: comments and the space between them, nothing else. */
    static boolean onlyComments(String html) {
        String rest = html.strip();
        if (rest.isEmpty()) {
            return false;
        }
        while (rest.startsWith(OPEN)) {
            int close = rest.indexOf(CLOSE, OPEN.length() - 2);
            if (close < 0) {
                return false;
            }
            rest = rest.substring(close + CLOSE.length()).strip();
        }
        return rest.isEmpty();
    }
}
