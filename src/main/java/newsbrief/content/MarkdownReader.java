package newsbrief.content;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses CommonMark with the GFM tables, strikethrough and autolink extensions, keeping the source
 * position of every block and inline (links are checked at their column). Immutable and thread-safe.
 */
public final class MarkdownReader {

    /** The extensions used both for parsing and for rendering, so the two always agree. */
    public static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }
}
