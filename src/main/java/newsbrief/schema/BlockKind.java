package newsbrief.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/** The kinds of block a section may allow, by their schema names ({@code bullet-list}, ...). */
public enum BlockKind {
    PARAGRAPH("a paragraph"),
    BULLET_LIST("a bullet list"),
    NUMBERED_LIST("a numbered list"),
    BLOCK_QUOTE("a block quote"),
    SUBHEADING("a level-3 or deeper heading"),
    CODE_BLOCK("a code block"),
    TABLE("a table"),
    THEMATIC_BREAK("a thematic break"),
    HTML("a raw HTML block");

    private final String description;

    BlockKind(String description) {
        this.description = description;
    }

    /** The name used in schema files: {@code BULLET_LIST} → {@code bullet-list}. */
    public String schemaName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** For messages: "a bullet list". */
    public String description() {
        return description;
    }

    public static Optional<BlockKind> fromSchemaName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.schemaName().equals(name)).findFirst();
    }

    /** For messages about one block: "a bullet list", or a heading by its real level, "a level-4 heading". */
    public static String describe(Node block) {
        if (block instanceof Heading heading) {
            return "a level-" + heading.getLevel() + " heading";
        }
        return of(block).description();
    }

    /** The kind of a top-level body block; level-2 (and level-1) headings are handled before this. */
    public static BlockKind of(Node block) {
        if (block instanceof Paragraph) {
            return PARAGRAPH;
        } else if (block instanceof BulletList) {
            return BULLET_LIST;
        } else if (block instanceof OrderedList) {
            return NUMBERED_LIST;
        } else if (block instanceof BlockQuote) {
            return BLOCK_QUOTE;
        } else if (block instanceof Heading) {
            return SUBHEADING;
        } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
            return CODE_BLOCK;
        } else if (block instanceof TableBlock) {
            return TABLE;
        } else if (block instanceof ThematicBreak) {
            return THEMATIC_BREAK;
        } else if (block instanceof HtmlBlock) {
            return HTML;
        }
        throw new IllegalArgumentException("unexpected block " + block.getClass().getSimpleName());
    }
}
