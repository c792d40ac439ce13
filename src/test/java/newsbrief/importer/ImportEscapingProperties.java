package newsbrief.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import newsbrief.content.MarkdownReader;
import newsbrief.schema.SchemaLoader;
import newsbrief.schema.SectionRule;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Text pasted into {@code import} shows as it was written: whatever Markdown characters a line
 * holds, the Markdown written for it reads back (with the extensions briefs are read with) as a
 * paragraph, a bullet and a pull quote of exactly that text.
 */
class ImportEscapingProperties {

    private static final SectionRule SIGNAL = SchemaLoader.defaultSchema().sections().get(1);
    /** Every character that means something somewhere in CommonMark or its GFM extensions, and some that do not. */
    private static final String MARKDOWN = "*_#<>&|~[]()!`-+=.:;\"'“”—/\\{}^$%@?\t 0123456789";

    private final BodyMarkdown markdown = new BodyMarkdown();
    private final MarkdownReader reader = new MarkdownReader();

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars(MARKDOWN).withCharRange('a', 'e').withChars("Zé中😀")
                .ofMinLength(1).ofMaxLength(40).map(String::strip).filter(line -> !line.isEmpty());
    }

    @Property(tries = 2000)
    void aLineReadsBackAsWrittenAsParagraphBulletAndPullQuote(@ForAll("lines") String line) {
        String written = markdown.render(List.of(new BodyBlock.SectionStart(SIGNAL), new BodyBlock.Paragraph(line),
                new BodyBlock.Bullets(List.of(line, line)), new BodyBlock.PullQuote(line)));

        assertEquals(List.of(line, line, line, line), paragraphTexts(reader.parse(written)), written);
    }

    @Example
    void charactersThatStartBlocksAreEscapedToo() {
        for (String line : List.of("+ plus", "1. one", "- dash", "# hash", "> quote", "---", "***", "| a | b |",
                "<div>", "&amp;", "~~struck~~", "`code`", "[link](https://example.com)", "+", "===")) {
            aLineReadsBackAsWrittenAsParagraphBulletAndPullQuote(line);
        }
    }

    /** The text of every paragraph, in order, as a reader sees it. */
    private static List<String> paragraphTexts(Node document) {
        List<String> texts = new ArrayList<>();
        collect(document, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Paragraph) {
            StringBuilder text = new StringBuilder();
            literal(node, text);
            texts.add(text.toString());
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, texts);
        }
    }

    private static void literal(Node node, StringBuilder text) {
        if (node instanceof Text leaf) {
            text.append(leaf.getLiteral());
        } else if (node instanceof Code code) {
            text.append(code.getLiteral());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            literal(child, text);
        }
    }
}
