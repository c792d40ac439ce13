package newsbrief.schema;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * A section as found in a brief: its rule, its heading and the blocks under it, with the id and
 * heading it is shown with. A heading no section of the schema takes, when the schema lets it
 * stand, is a section of its own with a rule made for it ({@link #known} false).
 */
final class FoundSection {

    private final SectionRule rule;
    private final Heading heading;
    private final String id;
    private final String shownHeading;
    private final boolean known;
    private final List<Node> blocks = new ArrayList<>();
    private String text;

    FoundSection(SectionRule rule, Heading heading, String id, String shownHeading, boolean known) {
        this.rule = rule;
        this.heading = heading;
        this.id = id;
        this.shownHeading = shownHeading;
        this.known = known;
    }

    SectionRule rule() {
        return rule;
    }

    /** Its HTML id, unique within the page: the rule's id, {@code updates-2} for a repeat. */
    String id() {
        return id;
    }

    /** Its heading on the page: the schema's, or the one written when a pattern or nothing took it. */
    String shownHeading() {
        return shownHeading;
    }

    /** Whether one of the schema's sections took it. */
    boolean known() {
        return known;
    }

    Heading heading() {
        return heading;
    }

    List<Node> blocks() {
        return blocks;
    }

    /** Its text without markup, made once: word limits and the model both need it. */
    String text() {
        if (text == null) {
            text = PlainText.of(blocks);
        }
        return text;
    }

    /** The items of its bullet lists, in order. */
    List<ListItem> bullets() {
        List<ListItem> items = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof BulletList) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    items.add((ListItem) item);
                }
            }
        }
        return items;
    }
}
