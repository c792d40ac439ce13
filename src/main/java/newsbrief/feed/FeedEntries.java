package newsbrief.feed;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsbrief.model.Brief;
import newsbrief.model.Site;
import newsbrief.render.LabelText;
import newsbrief.render.Links;

/**
 * Each brief's feed entry, made once for all the feeds of one site: a brief stands in the site's
 * Atom, RSS and JSON feeds and in the feed of each of its tags, and its content — the whole brief
 * with every URL made absolute, through jsoup — is most of what writing a feed costs. Safe to use
 * from the threads that write feeds in parallel.
 */
public final class FeedEntries {

    private final Site site;
    private final Links links;
    private final LabelText labels;
    private final String sourcesHeading;
    private final Map<String, List<Brief>> byTag;
    /** By slug, which no two published briefs share. */
    private final Map<String, FeedEntry> bySlug = new ConcurrentHashMap<>();

    public FeedEntries(Site site, Links links) {
        this(site, links, site.briefsByTag());
    }

    /** @param byTag the site's briefs of each tag, newest first, as the plan has grouped them already */
    public FeedEntries(Site site, Links links, Map<String, List<Brief>> byTag) {
        this.site = site;
        this.byTag = byTag;
        this.links = links;
        this.labels = LabelText.of(site.config());
        this.sourcesHeading = labels.text("sources");
    }

    /** The site's interface words, made once for all its feeds. */
    LabelText labels() {
        return labels;
    }

    /** The briefs of a tag, newest first: grouped once, not looked for among all briefs per tag. */
    List<Brief> tagged(String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    /** The entry of a brief of this site. */
    FeedEntry of(Brief brief) {
        FeedEntry entry = bySlug.get(brief.slug());
        if (entry == null) {
            // Made outside the map's lock: two threads may make the same entry, and either is kept.
            entry = FeedEntry.of(brief, site.config(), links, sourcesHeading);
            FeedEntry earlier = bySlug.putIfAbsent(brief.slug(), entry);
            return earlier == null ? entry : earlier;
        }
        return entry;
    }
}
