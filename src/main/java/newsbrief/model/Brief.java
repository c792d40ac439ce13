package newsbrief.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import newsbrief.diag.SourcePosition;

/**
 * A validated brief, ready to render.
 *
 * @param sourcePath  the file it came from, as shown in diagnostics
 * @param slug        its URL name: the page is {@code briefs/SLUG/}
 * @param frontMatter its metadata
 * @param sections    its sections in the order they stand
 * @param positions   where each front matter key was written, for diagnostics about the whole site
 * @param sourceKey   a digest of the file it was read from: what the preview compares to know
 *                    whether a page that shows it must be made again
 * @param localLinks  its links and images to paths from the site's root, checked against the site
 * @param preamble    what it says before its first section, when the schema allows that
 * @param leadId      the id of its lead, the section list pages show: the schema's {@code lead},
 *                    else (or when a brief lacks that section) the first
 */
public record Brief(String sourcePath, String slug, FrontMatter frontMatter, List<Section> sections,
        Map<String, SourcePosition> positions, ContentKey sourceKey, List<LocalLink> localLinks,
        Optional<Preamble> preamble, String leadId) {

    /** Length of a description made from the lead section, in characters. */
    private static final int DESCRIPTION_MAX_CHARS = 200;

    public Brief {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(frontMatter, "frontMatter");
        sections = List.copyOf(sections);
        positions = Map.copyOf(positions);
        Objects.requireNonNull(sourceKey, "sourceKey");
        localLinks = List.copyOf(localLinks);
        Objects.requireNonNull(preamble, "preamble");
        Objects.requireNonNull(leadId, "leadId");
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a brief has at least one section");
        }
        String lead = leadId;
        if (sections.stream().noneMatch(section -> section.id().equals(lead))) {
            throw new IllegalArgumentException("lead \"" + leadId + "\" is none of the brief's sections");
        }
    }

    /** A brief with no preamble whose first section is its lead. */
    public Brief(String sourcePath, String slug, FrontMatter frontMatter, List<Section> sections,
            Map<String, SourcePosition> positions, ContentKey sourceKey, List<LocalLink> localLinks) {
        this(sourcePath, slug, frontMatter, sections, positions, sourceKey, localLinks, Optional.empty(),
                sections.isEmpty() ? "" : sections.get(0).id());
    }

    /** A brief with no link to a path from the site's root. */
    public Brief(String sourcePath, String slug, FrontMatter frontMatter, List<Section> sections,
            Map<String, SourcePosition> positions, ContentKey sourceKey) {
        this(sourcePath, slug, frontMatter, sections, positions, sourceKey, List.of());
    }

    public String title() {
        return frontMatter.title();
    }

    public PublicationDate date() {
        return frontMatter.date();
    }

    /** Where a front matter key was written, else the start of the file. */
    public SourcePosition positionOf(String key) {
        return positions.getOrDefault(key, SourcePosition.START);
    }

    /** Words in the preamble and all sections. */
    public int words() {
        return sections.stream().mapToInt(Section::words).sum() + preamble.map(Preamble::words).orElse(0);
    }

    /** When it last changed: the front matter's {@code updated}, else its date. */
    public PublicationDate updated() {
        return frontMatter.updated().orElse(frontMatter.date());
    }

    public List<String> tags() {
        return frontMatter.tags();
    }

    public boolean draft() {
        return frontMatter.draft();
    }

    /** The lead section (The Summary in the default schema): what a reader who stops early gets. */
    public Section lead() {
        return sections.stream().filter(section -> section.id().equals(leadId)).findFirst().orElseThrow();
    }

    /**
     * The front matter's description, else the preamble's text, else the lead's, cut at a word near
     * 200 characters.
     */
    public String description() {
        return frontMatter.description()
                .orElseGet(() -> shorten(preamble.map(Preamble::excerpt).orElseGet(() -> lead().excerpt())));
    }

    static String shorten(String text) {
        String flat = Words.collapseWhitespace(text);
        if (flat.length() <= DESCRIPTION_MAX_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION_MAX_CHARS - 1);
        return flat.substring(0, cut > 0 ? cut : DESCRIPTION_MAX_CHARS - 1).stripTrailing() + "…";
    }
}
