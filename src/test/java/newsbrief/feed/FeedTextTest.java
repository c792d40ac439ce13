package newsbrief.feed;

import static newsbrief.feed.TestSites.brief;
import static newsbrief.feed.TestSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rometools.rome.feed.synd.SyndFeed;
import java.time.LocalDate;
import java.util.List;
import newsbrief.model.Site;
import newsbrief.model.SiteConfig;
import newsbrief.render.Links;
import org.junit.jupiter.api.Test;

/** What every feed shares: any text survives exactly, and the same site gives the same bytes. */
class FeedTextTest {

    private static final String HOSTILE = "Bad ]]> </script> & <b>\"quotes\"</b>";

    private static final Site SITE = site(20,
            brief("hostile", "2026-11-26").title(HOSTILE).tags("ai").description(HOSTILE).author(HOSTILE).build(),
            brief("plain", "2026-11-20T09:30:00+01:00").tags("ai").build());

    private static final Links LINKS = TestSites.links(SITE);

    @Test
    void hostileTextRoundTripsThroughTheAtomFeeds() {
        for (String xml : List.of(new AtomFeed(SITE, LINKS).site(), new AtomFeed(SITE, LINKS).tag("ai"))) {
            SyndFeed feed = Rome.read(xml);

            assertEquals(HOSTILE, feed.getEntries().get(0).getTitle(), xml);
            assertEquals(HOSTILE, feed.getEntries().get(0).getDescription().getValue(), xml);
            assertEquals(HOSTILE, feed.getEntries().get(0).getAuthor(), xml);
        }
    }

    @Test
    void hostileTextRoundTripsThroughTheRssFeed() {
        String xml = new RssFeed(SITE, LINKS).write();
        SyndFeed feed = Rome.read(xml);

        assertEquals(HOSTILE, feed.getEntries().get(0).getTitle(), xml);
        assertEquals(HOSTILE, Readers.textOfHtml(feed.getEntries().get(0).getDescription().getValue()), xml);
        assertEquals(HOSTILE, feed.getEntries().get(0).getAuthor(), xml);
    }

    @Test
    void hostileTextRoundTripsThroughTheJsonFeed() {
        var item = JsonFeedTest.read(new JsonFeed(SITE, LINKS).write()).path("items").path(0);

        assertEquals(HOSTILE, item.path("title").asText());
        assertEquals(HOSTILE, item.path("summary").asText());
        assertEquals(HOSTILE, item.path("authors").path(0).path("name").asText());
    }

    @Test
    void hostileSiteTitleRoundTripsThroughEveryFeed() {
        Site site = new Site(SiteConfig.builder(HOSTILE, SITE.config().baseUrl()).description(HOSTILE).author(HOSTILE)
                .build(), SITE.briefs());
        Links links = TestSites.links(site);

        assertEquals(HOSTILE, Rome.read(new AtomFeed(site, links).site()).getTitle());
        assertEquals(HOSTILE, Rome.read(new AtomFeed(site, links).site()).getDescription());
        assertEquals(HOSTILE + " – #ai", Rome.read(new AtomFeed(site, links).tag("ai")).getTitle());
        assertEquals(HOSTILE, Rome.read(new RssFeed(site, links).write()).getTitle());
        assertEquals(HOSTILE, Readers.textOfHtml(Rome.read(new RssFeed(site, links).write()).getDescription()));
        assertEquals(HOSTILE, JsonFeedTest.read(new JsonFeed(site, links).write()).path("title").asText());
    }

    @Test
    void dropsCharactersXmlCannotHoldInsteadOfBreakingTheFeed() {
        Site site = site(20, brief("control", "2026-11-26").title("Bell\u0007 and \uD800lone surrogate").build());
        Links links = TestSites.links(site);

        for (String xml : List.of(new AtomFeed(site, links).site(), new RssFeed(site, links).write())) {
            assertEquals("Bell and lone surrogate", Rome.read(xml).getEntries().get(0).getTitle(), xml);
        }
    }

    @Test
    void keepsTextOutsideAsciiAsUtf8() {
        Site site = site(20, brief("accents", "2026-11-26").title("Zürich’s grid — 電力 😀").build());
        Links links = TestSites.links(site);

        String title = "Zürich’s grid — 電力 😀";

        assertEquals(title, Rome.read(new AtomFeed(site, links).site()).getEntries().get(0).getTitle());
        assertEquals(title, Rome.read(new RssFeed(site, links).write()).getEntries().get(0).getTitle());
        assertEquals(title, JsonFeedTest.read(new JsonFeed(site, links).write()).path("items").path(0)
                .path("title").asText());
    }

    @Test
    void buildingTwiceGivesTheSameBytes() {
        Site again = site(20, SITE.briefs().get(1), SITE.briefs().get(0));
        Links linksAgain = TestSites.links(again);
        List<SitemapEntry> pages = List.of(SitemapEntry.of(LINKS, "index.html", LocalDate.of(2026, 11, 26)));

        assertEquals(new AtomFeed(SITE, LINKS).site(), new AtomFeed(again, linksAgain).site());
        assertEquals(new AtomFeed(SITE, LINKS).tag("ai"), new AtomFeed(again, linksAgain).tag("ai"));
        assertEquals(new RssFeed(SITE, LINKS).write(), new RssFeed(again, linksAgain).write());
        assertEquals(new JsonFeed(SITE, LINKS).write(), new JsonFeed(again, linksAgain).write());
        assertEquals(new Sitemap(LINKS).write(pages), new Sitemap(LINKS).write(pages));
        assertEquals(new RobotsTxt(LINKS).write(), new RobotsTxt(linksAgain).write());
    }

    @Test
    void startsEveryXmlDocumentWithAUtf8Declaration() {
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

        for (String xml : List.of(new AtomFeed(SITE, LINKS).site(), new RssFeed(SITE, LINKS).write(),
                new Sitemap(LINKS).write(List.of()))) {
            assertEquals(declaration, xml.substring(0, declaration.length()));
        }
    }
}
