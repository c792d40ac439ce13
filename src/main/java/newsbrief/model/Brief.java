package newsbrief.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newsbrief.diag.SourcePosition;

/**
 * A validated brief, ready to render.
 *
 * @param sourcePath  the file it came from, as shown in diagnostics
 * @param slug        its URL name: the page is {@code briefs/SLUG/}
 * @param frontMatter its metadata
 * @param sections    its sections in schema order; the first is the lead shown on list pages
 * @param positions   where each front matter key was written, for diagnostics about the whole site
 * @param sourceKey   a digest of the file it was read from: what the preview compares to know
 *                    whether a page that shows it must be made again
 * @param localLinks  its links and images to paths from the site's root, checked against the site
 */
public record Brief(String sourcePath, String slug, FrontMatter frontMatter, List<Section> sections,
        Map<String, SourcePosition> positions, ContentKey sourceKey, List<LocalLink> localLinks) {

    /** Newest first; briefs of the same moment by slug, so output never depends on file order. */
    public static final Comparator<Brief> NEWEST_FIRST = Comparator
            .comparing((Brief brief) -> brief.frontMatter().date()).reversed()
            .thenComparing(Brief::slug);

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
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a brief has at least one section");
        }
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

    /** Words in all sections. */
    public int words() {
        return sections.stream().mapToInt(Section::words).sum();
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

    /** The first section (The Summary in the default schema): what a reader who stops early gets. */
    public Section lead() {
        return sections.get(0);
    }

    /** The front matter's description, else the lead's text cut at a word near 200 characters. */
    public String description() {
        return frontMatter.description().orElseGet(() -> shorten(lead().excerpt()));
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
