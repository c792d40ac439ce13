package newsbrief.feed;

import newsbrief.model.Site;
import newsbrief.render.Links;

/**
 * The site's RSS 2.0 feed at {@link #PATH}, for readers that know no Atom. The description is
 * the brief's summary, escaped as HTML text, since readers read it as HTML; the whole brief goes
 * in {@code content:encoded}, the author in {@code dc:creator} (RSS's own {@code author} must be
 * an e-mail address).
 * <pre>
 * String rss = new RssFeed(site, links).write();   // for rss.xml
 * </pre>
 */
public final class RssFeed {

    /** Where the feed goes, relative to the site root. */
    public static final String PATH = Links.RSS;

    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final Site site;
    private final Links links;
    private final FeedEntries entries;

    public RssFeed(Site site, Links links) {
        this(site, links, new FeedEntries(site, links));
    }

    /** @param entries the entries of the site's briefs, shared with its other feeds */
    public RssFeed(Site site, Links links, FeedEntries entries) {
        this.site = site;
        this.links = links;
        this.entries = entries;
    }

    /** The feed of the newest {@code feedCount} briefs. */
    public String write() {
        FeedChannel channel = FeedChannel.ofSite(site, links, PATH, entries);
        XmlDocument xml = XmlDocument.withRoot("rss").attribute("version", "2.0")
                .namespace("atom", ATOM_NS).namespace("content", CONTENT_NS).namespace("dc", DC_NS);
        xml.start("channel");
        xml.element("title", channel.title());
        xml.element("link", channel.pageUrl());
        // RSS requires a description; a site without one is described by its name. Readers take
        // descriptions as HTML, so the text goes in escaped as HTML, inside the XML's own escaping.
        xml.element("description", FeedContent.text(channel.description().isEmpty() ? channel.title()
                : channel.description()));
        xml.element("language", site.config().language());
        channel.updated().ifPresent(updated -> xml.element("lastBuildDate", FeedDates.rfc1123(updated)));
        xml.element("generator", "newsbrief");
        // RSS's image must show the channel's title and link to its page.
        xml.start("image").element("url", channel.logo()).element("title", channel.title())
                .element("link", channel.pageUrl()).end();
        xml.empty("atom:link", "href", channel.feedUrl(), "rel", "self", "type", "application/rss+xml");
        channel.entries().forEach(entry -> item(xml, entry));
        return xml.finish();
    }

    private static void item(XmlDocument xml, FeedEntry entry) {
        xml.start("item");
        xml.element("title", entry.title());
        xml.element("link", entry.url());
        xml.element("guid", entry.url(), "isPermaLink", "true");
        xml.element("pubDate", FeedDates.rfc1123(entry.published()));
        xml.element("description", FeedContent.text(entry.summary()));
        xml.element("content:encoded", entry.contentHtml());
        xml.element("dc:creator", entry.author());
        entry.tags().forEach(tag -> xml.element("category", tag));
        xml.end();
    }
}
