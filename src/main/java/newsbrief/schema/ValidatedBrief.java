package newsbrief.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.SourcePosition;
import newsbrief.model.FrontMatter;
import newsbrief.model.LocalLink;
import org.commonmark.node.Node;

/**
 * A brief that passed the schema, before its HTML is made ({@link newsbrief.html.BriefHtml} does
 * that): validation checks, it does not render.
 *
 * @param sourcePath  the file it came from, as shown in diagnostics
 * @param slug        its URL name
 * @param frontMatter its metadata
 * @param body        the whole parsed body, which the HTML stage renders in one pass
 * @param preamble    the text before its first section, without markup, when there is some
 * @param sections    its sections in the order they stand
 * @param leadId      the id of the section list pages show
 * @param positions   where each front matter key was written
 * @param localLinks  its links and images to paths from the site's root
 */
public record ValidatedBrief(String sourcePath, String slug, FrontMatter frontMatter, Node body,
        Optional<PreambleText> preamble, List<ValidSection> sections, String leadId, Map<String, SourcePosition> positions,
        List<LocalLink> localLinks) {

    public ValidatedBrief {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(preamble, "preamble");
        sections = List.copyOf(sections);
        Objects.requireNonNull(leadId, "leadId");
        positions = Map.copyOf(positions);
        localLinks = List.copyOf(localLinks);
    }

    /**
     * The text before a brief's first section.
     *
     * @param text  without markup
     * @param words how many words it has, counted as sections are
     */
    public record PreambleText(String text, int words) {
        public PreambleText {
            Objects.requireNonNull(text, "text");
        }
    }
}
