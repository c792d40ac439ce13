package newsbrief.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/** Finds HTML an editor wrote into Markdown, e.g. {@code <b>} or {@code <script>}. */
public final class RawHtmlBlocks {

    private RawHtmlBlocks() {
    }

    /** Whether a block, or anything inside it, is raw HTML. */
    public static boolean contains(Node node) {
        boolean[] found = {false};
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
