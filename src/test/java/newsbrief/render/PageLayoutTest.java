package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.SiteBuild;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every page shows around its content, and how a brief opens. */
class PageLayoutTest {

    private static final Path BASIC = Path.of("src/test/resources/sites/basic/content");
    private static final List<String> PAGES = List.of("index.html", "archive/index.html", "tags/index.html",
            "tags/climate/index.html", "briefs/river-levels/index.html", "404.html");

    @TempDir
    static Path temp;

    private static Path out;

    @BeforeAll
    static void buildWithDrafts() {
        out = temp.resolve("out");
        new SiteBuild(Path.of("")).run(BuildRequest.build(BASIC, out).withDrafts(true));
    }

    private static Document page(String path) {
        return SiteFiles.html(out.resolve(path));
    }

    @Test
    void theMastheadNamesTheSiteAndItsTagline() {
        for (String path : PAGES) {
            Element masthead = page(path).selectFirst("header.site-header .masthead");
            assertEquals("Test Brief", masthead.selectFirst("a.site-title").text(), path);
            assertEquals("/newsletter/", masthead.selectFirst("a.site-title").attr("href"), path);
            assertEquals("A small site for tests", masthead.selectFirst(".site-tagline").text(), path);
        }
    }

    @Test
    void aSiteWithoutDescriptionHasNoTagline() throws IOException {
        Path content = temp.resolve("plain");
        SiteFiles.copyTree(BASIC, content);
        Path siteYaml = content.resolve("site.yaml");
        Files.writeString(siteYaml, SiteFiles.read(siteYaml).replace("description: \"A small site for tests\"\n", ""));
        Path plain = temp.resolve("plain-out");
        new SiteBuild(Path.of("")).run(BuildRequest.build(content, plain));

        assertNull(SiteFiles.html(plain.resolve("index.html")).selectFirst(".site-tagline"));
    }

    @Test
    void everyFooterLinksToTheFeeds() {
        for (String path : PAGES) {
            Element feeds = page(path).selectFirst("footer .site-footer__feeds");
            assertEquals(List.of("/newsletter/feed.xml", "/newsletter/rss.xml", "/newsletter/feed.json"),
                    feeds.select("a").eachAttr("href"), path);
            assertEquals(List.of("Atom feed", "RSS", "JSON Feed"), feeds.select("a").eachText(), path);
        }
    }

    @Test
    void aBriefsOwnDescriptionStandsUnderItsHeadline() {
        Element header = page("briefs/battery-recycling/index.html").selectFirst(".brief__header");

        Element standfirst = header.selectFirst("h1 + p.standfirst");
        assertEquals("Recyclers now take most end-of-life car batteries in the region.", standfirst.text());
        assertNull(page("briefs/river-levels/index.html").selectFirst(".standfirst"),
                "a description made from the Summary would repeat it");
    }

    @Test
    void theMetaLineIsOneItemPerFact() {
        Element meta = page("briefs/grid-storage-draft/index.html").selectFirst(".brief__header .meta__items");

        assertEquals(List.of("20 November 2026", "By Test Desk"), meta.select(".meta__item").eachText().subList(0, 2));
        assertEquals("Draft", meta.selectFirst(".badge").text());
    }

    @Test
    void badgesOfListedBriefsStandWithTheirHeadline() {
        for (String path : List.of("tags/energy/index.html", "archive/index.html")) {
            Element draft = page(path).select(".archive-list li").stream()
                    .filter(li -> li.text().contains("Grid storage")).findFirst().orElseThrow();

            assertEquals(2, draft.children().size(), path + ": the date and the title, a column each");
            assertEquals("Draft", draft.selectFirst(".archive-list__title > .badge").text(), path);
        }
    }

    /** The stylesheet places each part by its class, so both pages line up alike. */
    @Test
    void pagesOfTheHomePageShareOnePagerLayout() {
        Element first = page("index.html").selectFirst("nav.pager--pages");
        Element second = page("page/2/index.html").selectFirst("nav.pager--pages");

        assertEquals(List.of("pager__position", "pager__older"), first.children().eachAttr("class"));
        assertEquals(List.of("pager__newer", "pager__position"), second.children().eachAttr("class"));
    }
}
