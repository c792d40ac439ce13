package newsbrief.feed;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.model.Brief;
import newsbrief.model.PublicationDate;
import newsbrief.model.Site;
import newsbrief.render.Links;
import newsbrief.render.SiteIcons;

/**
 * What a feed says about itself, and its entries, whichever format writes it.
 *
 * @param title       the feed's name
 * @param description one line about it; may be empty
 * @param pageUrl     the absolute URL of the HTML page the feed mirrors; also the feed's id
 * @param feedUrl     the absolute URL of the feed itself
 * @param icon        the absolute URL of the site's small square icon
 * @param logo        the absolute URL of its larger picture
 * @param entries     at most {@code feedCount} briefs, newest first
 */
record FeedChannel(String title, String description, String pageUrl, String feedUrl, String icon, String logo,
        List<FeedEntry> entries) {

    FeedChannel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(feedUrl, "feedUrl");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(logo, "logo");
        entries = List.copyOf(entries);
    }

    /** The whole site's feed at {@code feedPath}, a path below the site root such as {@code feed.xml}. */
    static FeedChannel ofSite(Site site, Links links, String feedPath, FeedEntries made) {
        SiteIcons icons = new SiteIcons(site.config(), links);
        return new FeedChannel(site.config().title(), site.config().description(), links.absolute(links.home()),
                links.absolute(links.home() + feedPath), icons.faviconUrl(), icons.logo(),
                entries(site, site.briefs(), made));
    }

    /** The feed of one tag, mirroring the tag's page: its briefs only, titled "SITE – #tag". */
    static FeedChannel ofTag(Site site, Links links, String tag, String feedPath, FeedEntries made) {
        List<Brief> tagged = made.tagged(tag);
        String siteTitle = site.config().title();
        SiteIcons icons = new SiteIcons(site.config(), links);
        String description = made.labels().format("tagDescription", "tag", tag, "site", siteTitle);
        return new FeedChannel(siteTitle + " – #" + tag, description,
                links.absolute(links.tag(tag)), links.absolute(links.home() + feedPath), icons.faviconUrl(),
                icons.logo(), entries(site, tagged, made));
    }

    private static List<FeedEntry> entries(Site site, List<Brief> briefs, FeedEntries made) {
        return briefs.stream()
                .limit(site.config().feedCount())
                .map(made::of)
                .toList();
    }

    /**
     * When the feed last changed: the latest {@code updated} of its entries, which may be an older
     * brief revised after the newest was published. Never the build time, so rebuilding the same
     * content gives the same bytes. Empty for a feed without entries.
     */
    Optional<PublicationDate> updated() {
        return entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder());
    }
}
