package newsbrief.render;

import java.net.URI;
import newsbrief.model.Brief;
import newsbrief.model.SiteConfig;
import newsbrief.model.Slug;

/**
 * The one owner of where everything of the site lives: each file's output path below the site
 * root ({@code briefs/cloud-deal/index.html}) and the URL that links to it
 * ({@code /newsletter/briefs/cloud-deal/}). Pages, feeds, the sitemap and the preview server all
 * ask here. Internal links are absolute paths below the base URL's path, so they work from any
 * page, the 404 page included, and under a GitHub project page's sub-path.
 */
public final class Links {

    /** A folder's page: {@code briefs/x/} is served from {@code briefs/x/index.html}. */
    public static final String INDEX = "index.html";
    public static final String FEED = "feed.xml";
    public static final String RSS = "rss.xml";
    public static final String JSON_FEED = "feed.json";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";
    private static final String ARCHIVE = "archive/";
    private static final String TAGS = "tags/";
    private static final String ASSETS = "assets/";

    private final URI baseUrl;
    private final String basePath;

    public Links(SiteConfig config) {
        this.baseUrl = config.baseUrl();
        this.basePath = config.basePath();
    }

    // ---- URLs, as pages link them -------------------------------------------------------------

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
        return basePath + TAGS;
    }

    public String archive() {
        return basePath + ARCHIVE;
    }

    public String asset(String name) {
        return basePath + ASSETS + name;
    }

    public String notFound() {
        return basePath + NOT_FOUND;
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

    /** The site feed (Atom), for autodiscovery. */
    public String feed() {
        return basePath + FEED;
    }

    public String rss() {
        return basePath + RSS;
    }

    public String jsonFeed() {
        return basePath + JSON_FEED;
    }

    /** The Atom feed of one tag. */
    public String tagFeed(String tag) {
        return tag(tag) + FEED;
    }

    /** Page {@code number} of the home page: 1 is the home page itself. */
    public String homePage(int number) {
        return number <= 1 ? home() : basePath + homePagePath(number);
    }

    /** A path from this class made absolute with the base URL's scheme and host, for canonical links. */
    public String absolute(String path) {
        return baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + path;
    }

    // ---- Output paths, below the site root, with "/" --------------------------------------------

    /** Where page {@code number} of the home page is written. */
    public String homePageFile(int number) {
        return number <= 1 ? INDEX : homePagePath(number) + INDEX;
    }

    public String briefFile(Brief brief) {
        return briefPath(brief.slug()) + INDEX;
    }

    public String archiveFile() {
        return ARCHIVE + INDEX;
    }

    public String tagsFile() {
        return TAGS + INDEX;
    }

    public String tagFile(String tag) {
        return tagPath(tag) + INDEX;
    }

    public String tagFeedFile(String tag) {
        return tagPath(tag) + FEED;
    }

    public String assetFile(String name) {
        return ASSETS + name;
    }

    /** The absolute URL that serves an output file: {@code briefs/x/index.html} is {@code https://.../briefs/x/}. */
    public String urlOfFile(String outputPath) {
        boolean folderPage = outputPath.equals(INDEX) || outputPath.endsWith("/" + INDEX);
        String path = folderPage ? outputPath.substring(0, outputPath.length() - INDEX.length()) : outputPath;
        return absolute(basePath + path);
    }


    private static String homePagePath(int number) {
        return "page/" + number + "/";
    }

    private static String briefPath(String slug) {
        return "briefs/" + slug + "/";
    }

    /** Where a tag's page lives; any tag text is made a safe path segment. */
    private static String tagPath(String tag) {
        return TAGS + Slug.fromText(tag) + "/";
    }
}
