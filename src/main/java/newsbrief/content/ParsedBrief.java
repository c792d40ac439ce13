package newsbrief.content;

import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.SourcePosition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * A brief after parsing and before validation: its front matter as a YAML tree and its body as a
 * commonmark document, with what is needed to turn positions into file lines.
 *
 * @param source        the file
 * @param text          its lines
 * @param frontMatter   the front matter mapping; empty when missing or not valid YAML (already reported)
 * @param body          the Markdown body
 * @param bodyFirstLine the file line on which the body starts
 * @param bodyFound     false when the body could not be told from the front matter (already reported)
 * @param report        where this brief's problems go
 */
public record ParsedBrief(
        SourceFile source,
        SourceText text,
        Optional<YamlNode.Mapping> frontMatter,
        Node body,
        int bodyFirstLine,
        boolean bodyFound,
        FileDiagnostics report) {

    public ParsedBrief {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(report, "report");
    }

    /** Where a block of the body starts in the file. */
    public SourcePosition positionOf(Node block) {
        if (block.getSourceSpans().isEmpty()) {
            return SourcePosition.of(bodyFirstLine, 1);
        }
        SourceSpan span = block.getSourceSpans().get(0);
        return SourceText.fromZeroBased(bodyFirstLine, span.getLineIndex(), span.getColumnIndex());
    }

    /** Where the file ends, for things that are missing at the end. */
    public SourcePosition end() {
        return text.end();
    }
}
