package newsbrief.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import newsbrief.feed.AtomFeed;
import newsbrief.feed.FeedEntries;
import newsbrief.feed.JsonFeed;
import newsbrief.feed.RssFeed;
import newsbrief.model.Brief;
import newsbrief.model.Site;
import newsbrief.render.Links;

/**
 * The feeds: the latest {@code feedCount} briefs as Atom ({@code feed.xml}), RSS ({@code rss.xml})
 * and JSON Feed ({@code feed.json}), and an Atom feed per tag ({@code tags/TAG/feed.xml}). A feed's
 * key holds the briefs it carries.
 */
public final class FeedsOutput implements Output {

    @Override
    public void plan(OutputPlan plan) {
        Site site = plan.site();
        Links links = plan.links();
        int count = site.config().feedCount();
        List<Brief> latest = Site.latest(site.briefs(), count);
        // One entry per brief for all the feeds: a brief is in the site's three and in its tags' feeds.
        FeedEntries entries = new FeedEntries(site, links, plan.briefsByTag());
        AtomFeed atom = new AtomFeed(site, links, entries);
        feed(plan, Links.FEED, latest, atom::site);
        feed(plan, Links.RSS, latest, () -> new RssFeed(site, links, entries).write());
        feed(plan, Links.JSON_FEED, latest, () -> new JsonFeed(site, links, entries).write());
        plan.briefsByTag().forEach((tag, tagged) ->
                feed(plan, links.tagFeedFile(tag), Site.latest(tagged, count), () -> atom.tag(tag)));
    }

    private static void feed(OutputPlan plan, String path, List<Brief> briefs, Supplier<String> text) {
        plan.add(PlannedFile.unlisted(path, () -> plan.key("feed").add(path).addBriefs(briefs).build(),
                () -> text.get().getBytes(StandardCharsets.UTF_8)));
    }
}
