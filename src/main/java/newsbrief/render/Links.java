package newsbrief.render;

import java.net.URI;
import newsbrief.model.Brief;
import newsbrief.model.SiteConfig;
import newsbrief.model.Slug;

/**
 * Every URL of the site. Internal links are absolute paths below the base URL's path
 * ({@code /newsletter/briefs/cloud-deal/}), so they work from any page, the 404 page included,
 * and under a GitHub project page's sub-path.
 */
public final class Links {

    private final URI baseUrl;
    private final String basePath;

    public Links(SiteConfig config) {
        this.baseUrl = config.baseUrl();
        this.basePath = config.basePath();
    }

    public String home() {
        return basePath;
    }

    public String brief(Brief brief) {
        return basePath + briefPath(brief.slug());
    }

    public String tag(String tag) {
        return basePath + tagPath(tag);
    }

    public String tags() {
        return basePath + "tags/";
    }

    public String archive() {
        return basePath + "archive/";
    }

    public String asset(String name) {
        return basePath + "assets/" + name;
    }

    /**
     * A card image as an absolute URL: absolute http(s) URLs stay as they are; any other path is
     * taken from the site's root, so {@code images/x.png} and {@code /images/x.png} both become
     * {@code https://host/base/images/x.png}.
     */
    public String image(String image) {
        if (image.startsWith("http://") || image.startsWith("https://")) {
            return image;
        }
        String path = image.replaceFirst("^/+", "");
        return absolute(basePath + path);
    }

    /** Links of the same base URL are the same links: pages compare equal when nothing changed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Links links && links.baseUrl.equals(baseUrl);
    }

    @Override
    public int hashCode() {
        return baseUrl.hashCode();
    }

    /** The site feed (Atom), for autodiscovery. */
    public String feed() {
        return basePath + "feed.xml";
    }

    public String rss() {
        return basePath + "rss.xml";
    }

    public String jsonFeed() {
        return basePath + "feed.json";
    }

    /** The Atom feed of one tag. */
    public String tagFeed(String tag) {
        return tag(tag) + "feed.xml";
    }

    /** Page {@code number} of the home page: 1 is the home page itself. */
    public String homePage(int number) {
        return number <= 1 ? home() : basePath + homePagePath(number);
    }

    /** Where page {@code number} (2 or more) of the home page lives in the output. */
    public static String homePagePath(int number) {
        return "page/" + number + "/";
    }

    /** A path from this class made absolute with the base URL's scheme and host, for canonical links. */
    public String absolute(String path) {
        return baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + path;
    }

    /** Where a brief's page lives in the output, relative to its root, without {@code index.html}. */
    public static String briefPath(String slug) {
        return "briefs/" + slug + "/";
    }

    /** Where a tag's page lives; any tag text is made a safe path segment. */
    public static String tagPath(String tag) {
        return "tags/" + Slug.fromText(tag) + "/";
    }
}
