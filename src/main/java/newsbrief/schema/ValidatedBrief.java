package newsbrief.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import newsbrief.diag.SourcePosition;
import newsbrief.model.FrontMatter;
import newsbrief.model.LocalLink;
import newsbrief.model.Words;
import org.commonmark.node.Node;

/**
 * A brief that passed the schema, before its HTML is made ({@link newsbrief.html.BriefHtml} does
 * that): validation checks, it does not render.
 *
 * @param sourcePath  the file it came from, as shown in diagnostics
 * @param slug        its URL name
 * @param frontMatter its metadata
 * @param body        the whole parsed body, which the HTML stage renders in one pass
 * @param sections    its sections in schema order
 * @param positions   where each front matter key was written
 * @param localLinks  its links and images to paths from the site's root
 */
public record ValidatedBrief(String sourcePath, String slug, FrontMatter frontMatter, Node body,
        List<ValidSection> sections, Map<String, SourcePosition> positions, List<LocalLink> localLinks) {

    public ValidatedBrief {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        sections = List.copyOf(sections);
        positions = Map.copyOf(positions);
        localLinks = List.copyOf(localLinks);
    }

    public String title() {
        return frontMatter.title();
    }

    /** Words in all sections. */
    public int words() {
        return sections.stream().mapToInt(section -> Words.count(section.text())).sum();
    }

    /** Where a front matter key was written, else the start of the file. */
    public SourcePosition positionOf(String key) {
        return positions.getOrDefault(key, SourcePosition.START);
    }
}
