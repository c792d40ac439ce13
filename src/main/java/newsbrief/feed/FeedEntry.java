package newsbrief.feed;

import java.util.List;
import java.util.Objects;
import newsbrief.model.Brief;
import newsbrief.model.PublicationDate;
import newsbrief.model.SiteConfig;
import newsbrief.render.Links;

/**
 * One brief as every feed format shows it.
 *
 * @param url         the absolute URL of the brief's page; also its permanent id
 * @param title       the headline, as plain text
 * @param published   when it was published
 * @param updated     when it last changed: its {@code updated}, else its date
 * @param author      its author, else the site's
 * @param tags        its tags in the order written
 * @param summary     its description, as plain text
 * @param contentHtml every section as {@code <h2>heading</h2>} followed by the section's HTML, then the
 *                    sources, with absolute URLs ({@link FeedContent#html})
 */
record FeedEntry(String url, String title, PublicationDate published, PublicationDate updated, String author,
        List<String> tags, String summary, String contentHtml) {

    FeedEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(author, "author");
        tags = List.copyOf(tags);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(contentHtml, "contentHtml");
    }

    /** @param sources the heading of the brief's sources, in the site's language */
    static FeedEntry of(Brief brief, SiteConfig config, Links links, String sources) {
        String url = links.absolute(links.brief(brief));
        return new FeedEntry(url, brief.title(), brief.date(), brief.updated(),
                brief.frontMatter().author().orElse(config.author()), brief.tags(), brief.description(),
                FeedContent.html(brief, url, sources));
    }
}
