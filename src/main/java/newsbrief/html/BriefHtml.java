package newsbrief.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.model.Brief;
import newsbrief.model.ContentKey;
import newsbrief.model.Preamble;
import newsbrief.model.RawHtml;
import newsbrief.model.Section;
import newsbrief.schema.ValidSection;
import newsbrief.schema.ValidatedBrief;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The HTML stage: turns a brief that passed the schema into a model {@link Brief} whose sections
 * carry their HTML as {@link SafeHtml} — commonmark's renderer, then the raw-HTML policy of the
 * site. The only stage that makes HTML from Markdown. Thread-safe.
 */
public final class BriefHtml {

    private final MarkdownHtml markdown;
    private final HtmlStorage storage;

    public BriefHtml(RawHtml rawHtml, HtmlStorage storage) {
        this(rawHtml, "/", storage);
    }

    /** @param basePath the base URL's path, under which links to paths from the site's root go */
    public BriefHtml(RawHtml rawHtml, String basePath, HtmlStorage storage) {
        this.markdown = new MarkdownHtml(rawHtml, basePath);
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** @param sourceKey a digest of the brief's file, carried into the model for the preview's cache */
    public Brief render(ValidatedBrief brief, ContentKey sourceKey) {
        List<ValidSection> valid = brief.sections();
        MarkdownHtml.BodyHtml body = markdown.renderSections(brief.body(),
                valid.stream().map(ValidSection::blocks).toList(), storage);
        List<SafeHtml> html = body.sections();
        List<Section> sections = new ArrayList<>(valid.size());
        for (int i = 0; i < valid.size(); i++) {
            ValidSection section = valid.get(i);
            List<SafeHtml> bullets = section.bullets().stream().map(this::itemHtml).toList();
            sections.add(Section.of(section.id(), section.heading(), html.get(i), bullets, section.text(),
                    section.words()));
        }
        Optional<Preamble> preamble = brief.preamble()
                .map(text -> Preamble.of(body.preamble(), text.text(), text.words()));
        return new Brief(brief.sourcePath(), brief.slug(), brief.frontMatter(), sections, brief.positions(), sourceKey,
                brief.localLinks(), preamble, brief.leadId());
    }

    /** A bullet's HTML without its list: the inline content of a lone paragraph, else its blocks. */
    private SafeHtml itemHtml(ListItem item) {
        Node first = item.getFirstChild();
        if (first instanceof Paragraph paragraph && first.getNext() == null) {
            return markdown.renderInline(paragraph);
        }
        List<Node> blocks = new ArrayList<>();
        for (Node child = first; child != null; child = child.getNext()) {
            blocks.add(child);
        }
        return markdown.render(blocks);
    }
}
