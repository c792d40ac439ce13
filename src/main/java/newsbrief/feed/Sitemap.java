package newsbrief.feed;

import newsbrief.render.Links;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The sitemap (sitemaps.org protocol 0.9) at {@link #PATH}: a {@code <url>} with {@code <loc>} and
 * {@code <lastmod>} per page, in the order given. The caller decides which pages are listed; the
 * 404 page, say, should not be.
 * <pre>
 * String xml = new Sitemap().write(List.of(SitemapEntry.of(links, "index.html", newest)));
 * </pre>
 */
public final class Sitemap {

    /** Where the sitemap goes, relative to the site root. */
    public static final String PATH = Links.SITEMAP;

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** The whole sitemap; {@code lastmod} is a W3C date, {@code 2026-11-26}. */
    public String write(List<SitemapEntry> entries) {
        XmlDocument xml = XmlDocument.withRoot("urlset").defaultNamespace(SITEMAP_NS);
        for (SitemapEntry entry : entries) {
            xml.start("url");
            xml.element("loc", entry.absoluteUrl());
            entry.lastModified().ifPresent(day -> xml.element("lastmod", DateTimeFormatter.ISO_LOCAL_DATE.format(day)));
            xml.end();
        }
        return xml.finish();
    }
}
