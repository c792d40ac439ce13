package newsbrief.feed;

import static newsbrief.feed.TestSites.BASE_URL;
import static newsbrief.feed.TestSites.brief;
import static newsbrief.feed.TestSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.util.List;
import newsbrief.model.Site;
import org.junit.jupiter.api.Test;

/** The RSS 2.0 feed, read back with ROME. */
class RssFeedTest {

    private static final Site THREE_BRIEFS = site(20,
            brief("oldest", "2026-10-05").tags("water").build(),
            brief("newest", "2026-11-26").tags("ai", "cloud").author("Ada Reporter")
                    .description("Clouds part.").build(),
            brief("middle", "2026-11-20T09:30:00+01:00").tags("ai").updated("2026-12-01T08:00:00Z").build());

    private static String rss(Site site) {
        return new RssFeed(site, TestSites.links(site)).write();
    }

    @Test
    void listsEveryBriefNewestFirstWithAbsoluteLinksAndPermalinkGuids() {
        String xml = rss(THREE_BRIEFS);
        SyndFeed feed = Rome.read(xml);
        List<Item> items = Rome.rss(xml).getItems();

        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals(List.of("Title of newest", "Title of middle", "Title of oldest"),
                feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        List<String> urls = List.of(BASE_URL + "briefs/newest/", BASE_URL + "briefs/middle/",
                BASE_URL + "briefs/oldest/");
        assertEquals(urls, items.stream().map(Item::getLink).toList());
        assertEquals(urls, items.stream().map(item -> item.getGuid().getValue()).toList());
        assertTrue(items.stream().allMatch(item -> item.getGuid().isPermaLink()));
    }

    @Test
    void carriesAtMostFeedCountBriefs() {
        Site site = new Site(TestSites.config(1), THREE_BRIEFS.briefs());

        assertEquals(List.of("Title of newest"),
                Rome.read(rss(site)).getEntries().stream().map(SyndEntry::getTitle).toList());
    }

    @Test
    void describesTheChannelWithItsHomePageLanguageAndSelfLink() {
        String xml = rss(THREE_BRIEFS);
        Channel channel = Rome.rss(xml);

        assertEquals("Test Brief", channel.getTitle());
        assertEquals(BASE_URL, channel.getLink());
        assertEquals("A small site for tests", channel.getDescription());
        assertEquals("en", channel.getLanguage());
        assertEquals("newsbrief", channel.getGenerator());
        assertEquals(Rome.moment("2026-12-01T08:00:00Z"), channel.getLastBuildDate(), "the latest change of an item");
        String selfLink = "<atom:link href=\"" + BASE_URL + "rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>";
        assertTrue(xml.contains(selfLink), xml);
    }

    @Test
    void givesEachItemItsDateAuthorCategoriesDescriptionAndWholeContent() {
        List<SyndEntry> entries = Rome.read(rss(THREE_BRIEFS)).getEntries();
        SyndEntry newest = entries.get(0);
        SyndEntry middle = entries.get(1);

        assertEquals(Rome.moment("2026-11-26T00:00:00Z"), newest.getPublishedDate());
        assertEquals(Rome.moment("2026-11-20T09:30:00+01:00"), middle.getPublishedDate());
        assertEquals("Ada Reporter", newest.getAuthor(), "dc:creator");
        assertEquals("Test Desk", middle.getAuthor());
        assertEquals(List.of("ai", "cloud"), newest.getCategories().stream().map(SyndCategory::getName).toList());
        assertEquals(List.of("ai"), Rome.rss(rss(THREE_BRIEFS)).getItems().get(1).getCategories().stream()
                .map(Category::getValue).toList(), "one <category> per tag");
        assertEquals("Clouds part.", newest.getDescription().getValue());
        assertEquals("Rivers rose. Towns prepared.", middle.getDescription().getValue());
        assertEquals(TestSites.contentHtml("The Signal"), newest.getContents().get(0).getValue(), "content:encoded");
    }

    @Test
    void writesRfc1123DatesInEnglish() {
        String xml = rss(THREE_BRIEFS);

        assertTrue(xml.contains("<pubDate>Fri, 20 Nov 2026 09:30:00 +0100</pubDate>"), xml);
        assertTrue(xml.contains("<pubDate>Thu, 26 Nov 2026 00:00:00 GMT</pubDate>"), xml);
        assertTrue(xml.contains("<lastBuildDate>Tue, 1 Dec 2026 08:00:00 GMT</lastBuildDate>"), xml);
    }

    @Test
    void readsASingleDigitDayOfMonth() {
        Site site = site(20, brief("early", "2026-11-05").build());

        assertEquals(Rome.moment("2026-11-05T00:00:00Z"), Rome.read(rss(site)).getEntries().get(0).getPublishedDate());
    }

    @Test
    void describesASiteWithoutDescriptionByItsTitle() {
        Site site = new Site(TestSites.configWithoutDescription(), THREE_BRIEFS.briefs());

        assertEquals("Test Brief", Rome.rss(rss(site)).getDescription());
    }

    @Test
    void siteWithoutBriefsHasAnEmptyChannel() {
        Channel channel = Rome.rss(rss(site(20)));

        assertEquals(List.of(), channel.getItems());
        assertNull(channel.getLastBuildDate(), "no item, no change to date");
    }
}
