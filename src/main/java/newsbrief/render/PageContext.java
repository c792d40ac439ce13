package newsbrief.render;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import newsbrief.html.SafeHtml;
import newsbrief.model.Brief;
import newsbrief.model.SiteConfig;

/**
 * What the layout of every page needs: the site, its links and dates, this page's title,
 * description and path, and what its {@code <head>} says about it to feed readers, search engines
 * and social networks.
 *
 * @param site        the settings
 * @param links       every URL of the site
 * @param dates       date formats in the site's language
 * @param labels      the interface words in the site's language
 * @param title       the page's own title; the layout adds the site's name
 * @param description the meta description
 * @param path        the page's path, as from {@link Links}, for its canonical URL
 * @param article     the brief this page shows, for article metadata
 * @param previous    the path of the previous page of a paginated list (rel=prev)
 * @param next        the path of the next page of a paginated list (rel=next)
 * @param tagFeed     the tag whose feed this page offers beside the site's
 * @param scheduled   slugs of briefs shown before their date (previews only), to mark them
 */
public record PageContext(SiteConfig site, Links links, DisplayDates dates, LabelText labels, String title,
        String description, String path, Optional<Brief> article, Optional<String> previous,
        Optional<String> next, Optional<String> tagFeed, Set<String> scheduled) {

    /** Stateless and thread-safe once made: Jackson's mapper with our escapes. */
    private static final JsonLd JSON_LD = new JsonLd();

    public PageContext {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(tagFeed, "tagFeed");
        scheduled = Set.copyOf(scheduled);
    }

    /** A plain page: no article, no pagination, no tag feed. */
    public static PageContext of(SiteConfig site, Links links, DisplayDates dates, LabelText labels, String title,
            String description, String path, Set<String> scheduled) {
        return new PageContext(site, links, dates, labels, title, description, path, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), scheduled);
    }

    /** Whether a brief is shown before its date, which only a preview does. */
    public boolean scheduled(Brief brief) {
        return scheduled.contains(brief.slug());
    }

    /** This page as the page of a brief. */
    public PageContext withArticle(Brief brief) {
        return new PageContext(site, links, dates, labels, title, description, path, Optional.of(brief),
                previous, next, tagFeed, scheduled);
    }

    /**
     * The page's JSON-LD script: a brief's {@code NewsArticle}. Made while rendering rather than
     * kept in the record, so planning every page of a large site stays cheap and pages compare
     * by what they show.
     */
    public Optional<SafeHtml> jsonLd() {
        return article.map(brief -> JSON_LD.newsArticle(brief, site, links));
    }

    /** This page as one page of a paginated list. */
    public PageContext withPagination(Optional<String> previousPage, Optional<String> nextPage) {
        return new PageContext(site, links, dates, labels, title, description, path, article, previousPage, nextPage,
                tagFeed, scheduled);
    }

    /** This page as a tag's page, offering the tag's feed. */
    public PageContext withTagFeed(String tag) {
        return new PageContext(site, links, dates, labels, title, description, path, article, previous, next,
                Optional.of(tag), scheduled);
    }

    /** The text of {@code <title>}: "Headline – Site", or just the site's name on the home page. */
    public String documentTitle() {
        return title.equals(site.title()) ? title : title + " – " + site.title();
    }

    /**
     * For {@code aria-current} on a navigation link: "page" on the page it links to, else null,
     * which makes jte leave the attribute out.
     */
    public String currentIn(String navigationPath) {
        return path.equals(navigationPath) ? "page" : null;
    }

    public String canonicalUrl() {
        return links.absolute(path);
    }

    /** Open Graph type: "article" for a brief, "website" for the rest. */
    public String openGraphType() {
        return article.isPresent() ? "article" : "website";
    }

    /** The absolute URL of the page's card image: the brief's own, else the site's, if either has one. */
    public Optional<String> imageUrl() {
        return article.flatMap(brief -> brief.frontMatter().image()).or(() -> site.image()).map(links::image);
    }

    /**
     * Twitter's card type: a large image for a brief's own picture; the site's image, usually a
     * logo, stands small beside the text.
     */
    public String twitterCard() {
        return article.flatMap(brief -> brief.frontMatter().image()).isPresent() ? "summary_large_image" : "summary";
    }

    /** The site's language as Open Graph writes it, {@code en_US}; empty when its territory is not known. */
    public Optional<String> openGraphLocale() {
        return OpenGraphLocale.of(site.language());
    }

    /** The site's icon for {@code <link rel="icon">}. */
    public SiteIcons icons() {
        return new SiteIcons(site, links);
    }
}
