package newsbrief.schema;

import newsbrief.content.ParsedBrief;
import newsbrief.diag.Rule;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;

/**
 * Warns of a heading more than one level below the one before it ({@code ##} then {@code ####}):
 * the page's outline then has a hole, which the Nu HTML checker and screen readers flag. Section
 * headings are level 2 on the page, so a brief's own headings start at level 3. Thread-safe.
 */
final class HeadingSkips {

    void check(ParsedBrief brief) {
        brief.body().accept(new AbstractVisitor() {
            private int previous = 2;

            @Override
            public void visit(Heading heading) {
                int level = heading.getLevel();
                boolean opensSection = level <= 2 && heading.getParent() instanceof Document;
                if (!opensSection && level > previous + 1) {
                    brief.report().add(brief.positionOf(heading), Rule.HEADING_SKIP, "heading jumps from level "
                            + previous + " to level " + level + "; expected at most level " + (previous + 1),
                            "write \"" + "#".repeat(previous + 1) + " \" here, or a heading of the level missing before it");
                }
                previous = Math.max(2, level);
                visitChildren(heading);
            }
        });
    }
}
