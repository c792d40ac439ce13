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
