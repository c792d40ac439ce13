package newsbrief.schema;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/** A section as found in a brief: its rule, its heading and the blocks under it. */
final class FoundSection {

    private final SectionRule rule;
    private final Heading heading;
    private final List<Node> blocks = new ArrayList<>();
    private String text;

    FoundSection(SectionRule rule, Heading heading) {
        this.rule = rule;
        this.heading = heading;
    }

    SectionRule rule() {
        return rule;
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
