package newsbrief.render;

import java.util.Objects;
import newsbrief.model.SiteConfig;

/**
 * What the layout of every page needs: the site, its links and dates, and this page's title,
 * description and path.
 *
 * @param site        the settings
 * @param links       every URL of the site
 * @param dates       date formats in the site's language
 * @param title       the page's own title; the layout adds the site's name
 * @param description the meta description
 * @param path        the page's path, as from {@link Links}, for its canonical URL
 */
public record PageContext(SiteConfig site, Links links, DisplayDates dates, String title, String description,
        String path) {

    public PageContext {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(path, "path");
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
}
