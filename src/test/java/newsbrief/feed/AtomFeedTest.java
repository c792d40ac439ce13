package newsbrief.feed;

import static newsbrief.feed.TestSites.BASE_URL;
import static newsbrief.feed.TestSites.brief;
import static newsbrief.feed.TestSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsbrief.model.Site;
import org.junit.jupiter.api.Test;

/** The Atom feeds, read back with ROME. */
class AtomFeedTest {

    private static final Site THREE_BRIEFS = site(20,
            brief("oldest", "2026-10-05").tags("water").build(),
            brief("newest", "2026-11-26").tags("ai", "cloud").author("Ada Reporter")
                    .description("Clouds part.").build(),
            brief("middle", "2026-11-20T09:30:00+01:00").tags("ai").updated("2026-12-01T08:00:00Z").build());

    private static String siteFeed(Site site) {
        return new AtomFeed(site, TestSites.links(site)).site();
    }

    private static String tagFeed(Site site, String tag) {
        return new AtomFeed(site, TestSites.links(site)).tag(tag);
    }

    @Test
    void listsEveryBriefNewestFirstWithAbsoluteLinks() {
        SyndFeed feed = Rome.read(siteFeed(THREE_BRIEFS));

        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(List.of("Title of newest", "Title of middle", "Title of oldest"),
                feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals(List.of(BASE_URL + "briefs/newest/", BASE_URL + "briefs/middle/", BASE_URL + "briefs/oldest/"),
                feed.getEntries().stream().map(SyndEntry::getLink).toList());
        assertEquals(List.of(BASE_URL + "briefs/newest/", BASE_URL + "briefs/middle/", BASE_URL + "briefs/oldest/"),
                feed.getEntries().stream().map(SyndEntry::getUri).toList(), "entry ids");
    }

    @Test
    void carriesAtMostFeedCountBriefs() {
        Site site = new Site(TestSites.config(2), THREE_BRIEFS.briefs());

        assertEquals(List.of("Title of newest", "Title of middle"),
                Rome.read(siteFeed(site)).getEntries().stream().map(SyndEntry::getTitle).toList());
    }

    @Test
    void describesTheFeedWithItsPageSelfLinkAuthorAndGenerator() {
        String xml = siteFeed(THREE_BRIEFS);
        Feed feed = Rome.atom(xml);

        assertEquals(BASE_URL, feed.getId());
        assertEquals("Test Brief", feed.getTitle());
        assertEquals("A small site for tests", feed.getSubtitle().getValue());
        assertTrue(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"), xml);
        assertEquals(List.of(BASE_URL), hrefs(feed.getAlternateLinks()));
        assertEquals(Map.of("self", BASE_URL + "feed.xml"), relToHref(feed.getOtherLinks()));
        assertEquals(List.of("Test Desk"), feed.getAuthors().stream().map(SyndPerson::getName).toList());
        assertEquals("newsbrief", feed.getGenerator().getValue());
    }

    @Test
    void isUpdatedWhenItsLatestEntryWasEvenIfThatIsNotTheNewestBrief() {
        Feed feed = Rome.atom(siteFeed(THREE_BRIEFS));

        assertEquals(Rome.moment("2026-12-01T08:00:00Z"), feed.getUpdated());
    }

    @Test
    void givesEachEntryItsDatesAuthorCategoriesSummaryAndWholeContent() {
        List<Entry> entries = Rome.atom(siteFeed(THREE_BRIEFS)).getEntries();
        Entry newest = entries.get(0);
        Entry middle = entries.get(1);

        assertEquals(Rome.moment("2026-11-26T00:00:00Z"), newest.getPublished(), "a bare date is midnight UTC");
        assertEquals(Rome.moment("2026-11-26T00:00:00Z"), newest.getUpdated(), "not updated: its date");
        assertEquals(Rome.moment("2026-11-20T09:30:00+01:00"), middle.getPublished());
        assertEquals(Rome.moment("2026-12-01T08:00:00Z"), middle.getUpdated());
        assertEquals(List.of("Ada Reporter"), newest.getAuthors().stream().map(SyndPerson::getName).toList());
        assertEquals(List.of("Test Desk"), middle.getAuthors().stream().map(SyndPerson::getName).toList(),
                "the site's author when the brief names none");
        assertEquals(List.of("ai", "cloud"),
                newest.getCategories().stream().map(Category::getTerm).toList());
        assertEquals("text", newest.getSummary().getType());
        assertEquals("Clouds part.", newest.getSummary().getValue());
        assertEquals("Rivers rose. Towns prepared.", middle.getSummary().getValue(), "made from the lead");
        assertEquals(1, newest.getContents().size());
        assertEquals("html", newest.getContents().get(0).getType());
        assertEquals(TestSites.contentHtml("The Signal"), newest.getContents().get(0).getValue());
    }

    @Test
    void writesRfc3339DatesWithSecondsAndTheEditorsOffset() {
        String xml = siteFeed(THREE_BRIEFS);

        assertTrue(xml.contains("<published>2026-11-20T09:30:00+01:00</published>"), xml);
        assertTrue(xml.contains("<published>2026-11-26T00:00:00Z</published>"), xml);
    }

    @Test
    void escapesSectionHeadingsInTheContent() {
        Site site = site(20, brief("q-and-a", "2026-11-26").signalHeading("Q&A <now>").build());

        String content = Rome.read(siteFeed(site)).getEntries().get(0).getContents().get(0).getValue();

        assertEquals(TestSites.contentHtml("Q&amp;A &lt;now&gt;"), content);
    }

    @Test
    void tagFeedHoldsOnlyThatTagsBriefsAndMirrorsTheTagPage() {
        Feed feed = Rome.atom(tagFeed(THREE_BRIEFS, "ai"));

        assertEquals(BASE_URL + "tags/ai/", feed.getId());
        assertEquals("Test Brief – #ai", feed.getTitle());
        assertEquals(List.of(BASE_URL + "tags/ai/"), hrefs(feed.getAlternateLinks()));
        assertEquals(Map.of("self", BASE_URL + "tags/ai/feed.xml"), relToHref(feed.getOtherLinks()));
        assertEquals(List.of("Title of newest", "Title of middle"),
                feed.getEntries().stream().map(Entry::getTitle).toList());
        assertEquals(Rome.moment("2026-12-01T08:00:00Z"), feed.getUpdated());
    }

    @Test
    void tagFeedCarriesAtMostFeedCountBriefs() {
        Site site = site(2,
                brief("a", "2026-11-01").tags("ai").build(),
                brief("b", "2026-11-02").tags("ai").build(),
                brief("c", "2026-11-03").tags("water").build(),
                brief("d", "2026-11-04").tags("ai").build());

        SyndFeed feed = Rome.read(tagFeed(site, "ai"));

        assertEquals(List.of("Title of d", "Title of b"),
                feed.getEntries().stream().map(SyndEntry::getTitle).toList());
    }

    @Test
    void tagFeedGoesBesideTheTagPage() {
        Site site = TestSites.site(5);
        assertEquals("tags/ai/feed.xml", new AtomFeed(site, TestSites.links(site)).tagPath("ai"));
        assertEquals("feed.xml", AtomFeed.PATH);
    }

    @Test
    void siteWithoutBriefsStillHasAValidFeed() {
        Feed feed = Rome.atom(siteFeed(site(20)));

        assertEquals(List.of(), feed.getEntries());
        assertEquals(Rome.moment("1970-01-01T00:00:00Z"), feed.getUpdated(), "a fixed date, not the build time");
    }

    @Test
    void leavesOutAnEmptySubtitle() {
        Site site = new Site(TestSites.configWithoutDescription(), THREE_BRIEFS.briefs());

        assertFalse(siteFeed(site).contains("<subtitle"), siteFeed(site));
    }

    private static List<String> hrefs(List<Link> links) {
        return links.stream().map(Link::getHref).toList();
    }

    private static Map<String, String> relToHref(List<Link> links) {
        return links.stream().collect(Collectors.toMap(Link::getRel, Link::getHref));
    }
}
