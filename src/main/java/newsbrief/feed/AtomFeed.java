package newsbrief.feed;

import newsbrief.model.PublicationDate;
import newsbrief.model.Site;
import newsbrief.render.Links;

/**
 * Atom 1.0 feeds (RFC 4287): the whole site's at {@link #PATH}, and one per tag at
 * {@link #tagPath(String)}. Each entry carries the whole brief as HTML, its description as the
 * summary, and its tags as categories.
 * <pre>
 * AtomFeed atom = new AtomFeed(site, links);
 * String siteFeed = atom.site();          // for feed.xml
 * String aiFeed = atom.tag("ai");         // for tags/ai/feed.xml
 * </pre>
 */
public final class AtomFeed {

    /** Where the site's feed goes, relative to the site root. */
    public static final String PATH = Links.FEED;

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String MEDIA_TYPE = "application/atom+xml";

    private final Site site;
    private final Links links;
    private final FeedEntries entries;

    public AtomFeed(Site site, Links links) {
        this(site, links, new FeedEntries(site, links));
    }

    /** @param entries the entries of the site's briefs, shared with its other feeds */
    public AtomFeed(Site site, Links links, FeedEntries entries) {
        this.site = site;
        this.links = links;
        this.entries = entries;
    }

    /** Where a tag's feed goes, relative to the site root: beside the tag's page, {@code tags/ai/feed.xml}. */
    public String tagPath(String tag) {
        return links.tagFeedFile(tag);
    }

    /** The feed of the newest {@code feedCount} briefs; its alternate page is the home page. */
    public String site() {
        return write(FeedChannel.ofSite(site, links, PATH, entries));
    }

    /** The feed of the newest {@code feedCount} briefs tagged {@code tag}; its alternate page is the tag's page. */
    public String tag(String tag) {
        return write(FeedChannel.ofTag(site, links, tag, tagPath(tag), entries));
    }

    private String write(FeedChannel channel) {
        XmlDocument xml = XmlDocument.withRoot("feed").defaultNamespace(ATOM_NS)
                .attribute("xml:lang", site.config().language());
        xml.element("id", channel.pageUrl());
        xml.element("title", channel.title());
        if (!channel.description().isEmpty()) {
            xml.element("subtitle", channel.description());
        }
        // Atom requires <updated>; a site without briefs yet has changed at no moment we know of.
        xml.element("updated", channel.updated().map(PublicationDate::rfc3339).orElse("1970-01-01T00:00:00Z"));
        xml.empty("link", "rel", "self", "type", MEDIA_TYPE, "href", channel.feedUrl());
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", channel.pageUrl());
        xml.start("author").element("name", site.config().author()).end();
        xml.element("generator", "newsbrief");
        xml.element("icon", channel.icon());
        xml.element("logo", channel.logo());
        channel.entries().forEach(entry -> entry(xml, entry));
        return xml.finish();
    }

    private static void entry(XmlDocument xml, FeedEntry entry) {
        xml.start("entry");
        xml.element("id", entry.url());
        xml.element("title", entry.title());
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", entry.url());
        xml.element("published", entry.published().rfc3339());
        xml.element("updated", entry.updated().rfc3339());
        xml.start("author").element("name", entry.author()).end();
        entry.tags().forEach(tag -> xml.empty("category", "term", tag));
        xml.element("summary", entry.summary(), "type", "text");
        xml.element("content", entry.contentHtml(), "type", "html");
        xml.end();
    }
}
