package newsbrief.schema;

import java.util.List;
import java.util.Objects;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * A section that passed its rule, before its HTML is made: the blocks under its heading as
 * commonmark parsed them. Lives only between validation and the HTML stage, which turns it into a
 * model {@link newsbrief.model.Section}.
 *
 * @param id      the schema's id for it
 * @param heading its heading as the schema names it
 * @param blocks  the blocks under its heading, in order
 * @param bullets the items of its bullet lists, for list pages
 * @param text    its text without markup
 */
public record ValidSection(String id, String heading, List<Node> blocks, List<ListItem> bullets, String text) {

    public ValidSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
        bullets = List.copyOf(bullets);
        Objects.requireNonNull(text, "text");
    }
}
