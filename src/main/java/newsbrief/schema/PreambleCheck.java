package newsbrief.schema;

import java.util.List;
import java.util.Optional;
import newsbrief.content.ParsedBrief;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import org.commonmark.node.Node;

/**
 * The text before a brief's first section (src/docs/BRIEF-FORMAT.md, "Body"): an error in the brief
 * format, which starts with its first section; with the schema's {@code preamble} allowed, required
 * or held to a range of words. Thread-safe.
 */
final class PreambleCheck {

    private final BriefSchema schema;

    PreambleCheck(BriefSchema schema) {
        this.schema = schema;
    }

    /**
     * Whether the preamble is as the schema says.
     *
     * @param blocks       the blocks before the first section
     * @param firstSection where the first section starts, if there is one
     */
    boolean check(List<Node> blocks, String text, Optional<SourcePosition> firstSection, ParsedBrief brief) {
        BodyLayout.PreambleRule rule = schema.layout().preamble();
        String first = schema.headings().get(0);
        if (!rule.allowed()) {
            if (!blocks.isEmpty()) {
                brief.report().add(brief.positionOf(blocks.get(0)), Rule.CONTENT_BEFORE_SECTION,
                        "text stands before the first section; expected \"## " + first + "\"",
                        "the headline is the title in the front matter; start the body with \"## " + first + "\"");
            }
            return blocks.isEmpty();
        }
        if (blocks.isEmpty()) {
            if (rule.required()) {
                brief.report().add(firstSection.orElse(brief.end()), Rule.PREAMBLE_MISSING,
                        "the brief has no preamble; expected text before the first section",
                        "open the brief with a paragraph before its first heading");
            }
            return !rule.required();
        }
        rule.words().ifPresent(limit -> {
            int words = WordCount.of(text);
            if (limit.excludes(words)) {
                brief.report().report(limit.severity(), brief.positionOf(blocks.get(0)), Rule.SECTION_WORDS,
                        "preamble has " + SectionContentChecks.plural(words, "word") + "; expected " + limit.describe(),
                        Optional.empty());
            }
        });
        return true;
    }
}
