package newsbrief.importer;

import java.util.List;
import newsbrief.content.MarkdownReader;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Writes imported blocks as Markdown that shows their text as written: the blocks are built as a
 * commonmark tree and rendered by commonmark's own Markdown renderer, which escapes every
 * character that would otherwise mean something ({@code *}, {@code _}, {@code #}, {@code <}, {@code |}, ...).
 */
final class BodyMarkdown {

    private final MarkdownRenderer renderer = MarkdownRenderer.builder().extensions(MarkdownReader.EXTENSIONS).build();

    String render(List<BodyBlock> blocks) {
        Document document = new Document();
        for (BodyBlock block : blocks) {
            document.appendChild(node(block));
        }
        String markdown = renderer.render(document);
        return markdown.endsWith("\n") ? markdown : markdown + "\n";
    }

    private static Node node(BodyBlock block) {
        if (block instanceof BodyBlock.SectionStart start) {
            return heading(start.rule().heading());
        }
        if (block instanceof BodyBlock.PullQuote quote) {
            return quote(quote.text());
        }
        if (block instanceof BodyBlock.Bullets bullets) {
            return list(bullets.items());
        }
        return paragraph(((BodyBlock.Paragraph) block).text());
    }

    private static Node heading(String text) {
        Heading heading = new Heading();
        heading.setLevel(2);
        heading.appendChild(new Text(text));
        return heading;
    }

    private static Node quote(String text) {
        BlockQuote quote = new BlockQuote();
        quote.appendChild(paragraph(text));
        return quote;
    }

    private static Node list(List<String> items) {
        BulletList list = new BulletList();
        list.setTight(true);
        list.setMarker("-");
        for (String item : items) {
            ListItem listItem = new ListItem();
            listItem.appendChild(paragraph(item));
            list.appendChild(listItem);
        }
        return list;
    }

    private static Node paragraph(String text) {
        Paragraph paragraph = new Paragraph();
        // commonmark's renderer leaves a "+ " at the start of a line as it is, which reads back as a
        // list: write that one "+" as a character reference instead, which reads back as "+".
        if (text.startsWith("+")) {
            paragraph.appendChild(new HtmlInline());
            ((HtmlInline) paragraph.getFirstChild()).setLiteral("&#43;");
            text = text.substring(1);
        }
        if (!text.isEmpty()) {
            paragraph.appendChild(new Text(text));
        }
        return paragraph;
    }
}
