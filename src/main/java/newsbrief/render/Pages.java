package newsbrief.render;

import java.util.List;
import java.util.Objects;
import newsbrief.model.Brief;

/** The records the templates take, one per template ({@code @param}). */
public final class Pages {

    private Pages() {
    }

    /** {@code brief.jte}: one brief with its sections. */
    public record BriefPage(PageContext page, Brief brief) {
        public BriefPage {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(brief, "brief");
        }
    }

    /** {@code home.jte}: the latest briefs with their Summary bullets. */
    public record HomePage(PageContext page, List<Brief> briefs, int total) {
        public HomePage {
            Objects.requireNonNull(page, "page");
            briefs = List.copyOf(briefs);
        }

        /** Whether the archive holds briefs that are not on the home page. */
        public boolean hasMore() {
            return total > briefs.size();
        }
    }

    /** One month of the archive: "November 2026" and its briefs, newest first. */
    public record ArchiveMonth(String label, String id, List<Brief> briefs) {
        public ArchiveMonth {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(id, "id");
            briefs = List.copyOf(briefs);
        }
    }

    /** {@code archive.jte}: every brief, grouped by month, newest first. */
    public record ArchivePage(PageContext page, List<ArchiveMonth> months) {
        public ArchivePage {
            Objects.requireNonNull(page, "page");
            months = List.copyOf(months);
        }
    }

    /** {@code tag.jte}: the briefs with one tag. */
    public record TagPage(PageContext page, String tag, List<Brief> briefs) {
        public TagPage {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(tag, "tag");
            briefs = List.copyOf(briefs);
        }
    }

    /** A tag and how many briefs carry it. */
    public record TagCount(String tag, int count) {
        public TagCount {
            Objects.requireNonNull(tag, "tag");
        }
    }

    /** {@code tags.jte}: every tag. */
    public record TagIndexPage(PageContext page, List<TagCount> tags) {
        public TagIndexPage {
            Objects.requireNonNull(page, "page");
            tags = List.copyOf(tags);
        }
    }

    /** {@code notfound.jte}: the 404 page. */
    public record NotFoundPage(PageContext page) {
        public NotFoundPage {
            Objects.requireNonNull(page, "page");
        }
    }
}
