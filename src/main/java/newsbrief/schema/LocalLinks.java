package newsbrief.schema;

import java.util.ArrayList;
import java.util.List;
import newsbrief.content.ParsedBrief;
import newsbrief.model.LocalLink;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;

/** Finds a brief's links and images to paths from the site's root, with where each was written. */
final class LocalLinks extends AbstractVisitor {

    private final ParsedBrief parsed;
    private final List<LocalLink> found = new ArrayList<>();

    private LocalLinks(ParsedBrief parsed) {
        this.parsed = parsed;
    }

    static List<LocalLink> of(ParsedBrief parsed) {
        LocalLinks visitor = new LocalLinks(parsed);
        parsed.body().accept(visitor);
        return visitor.found;
    }

    @Override
    public void visit(Link link) {
        add(link.getDestination(), link);
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        add(image.getDestination(), image);
        visitChildren(image);
    }

    private void add(String destination, org.commonmark.node.Node node) {
        if (LocalLink.isRootPath(destination)) {
            found.add(new LocalLink(destination, parsed.positionOf(node)));
        }
    }
}
