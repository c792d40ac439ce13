package newsbrief.feed;

import newsbrief.render.Links;

/**
 * {@code robots.txt} at {@link #PATH}: lets every crawler in and names the sitemap. Crawlers read
 * it only at the root of a host, so it counts when the site is published at a domain's root
 * (a custom domain, or {@code user.github.io}), not under a project sub-path.
 */
public final class RobotsTxt {

    /** Where the file goes, relative to the site root. */
    public static final String PATH = Links.ROBOTS;

    private final Links links;

    public RobotsTxt(Links links) {
        this.links = links;
    }

    /** {@code User-agent: *}, {@code Allow: /} and the absolute URL of {@link Sitemap#PATH}. */
    public String write() {
        return "User-agent: *\nAllow: /\nSitemap: " + links.urlOfFile(Links.SITEMAP) + "\n";
    }
}
