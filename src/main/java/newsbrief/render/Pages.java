package newsbrief.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.model.Brief;
import newsbrief.model.PublicationDate;

/** The records the templates take, one per template ({@code @param}). */
public final class Pages {

    private Pages() {
    }

    /** Words an adult reads in a minute, for "4 min read". */
    static final int WORDS_PER_MINUTE = 220;

    /**
     * {@code brief.jte}: one brief with its sections.
     *
     * @param older   the brief published before it
     * @param newer   the brief published after it
     * @param related briefs sharing its tags, most shared first
     */
    public record BriefPage(PageContext page, Brief brief, Optional<Brief> older, Optional<Brief> newer,
            List<Brief> related) {
        public BriefPage {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(brief, "brief");
            Objects.requireNonNull(older, "older");
            Objects.requireNonNull(newer, "newer");
            related = List.copyOf(related);
        }

        /** Minutes to read it, at least one. */
        public int readingMinutes() {
            return Math.max(1, (brief.words() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        }
    }

    /**
     * {@code home.jte}: one page of the latest briefs with their Summary bullets.
     *
     * @param number this page's number, from 1
     * @param count  how many pages there are
     * @param total  how many briefs there are in all
     */
    public record HomePage(PageContext page, List<Brief> briefs, int number, int count, int total) {
        public HomePage {
            Objects.requireNonNull(page, "page");
            briefs = List.copyOf(briefs);
        }

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < count;
        }
    }

    /**
     * A brief as a list of headlines shows it. It is all the archive's template can read of a
     * brief, and so all the archive's key holds: an edit to a brief's text leaves the archive of
     * 10,000 briefs as it was, and the preview does not make it again.
     *
     * @param url       its page, from the site root
     * @param scheduled whether it is marked as dated in the future (only when previewing those)
     */
    public record Headline(String title, String url, PublicationDate date, boolean draft, boolean scheduled) {
        public Headline {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(date, "date");
        }
    }

    /** One month of the archive: "November 2026" and its briefs' headlines, newest first. */
    public record ArchiveMonth(String label, String id, List<Headline> headlines) {
        public ArchiveMonth {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(id, "id");
            headlines = List.copyOf(headlines);
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
