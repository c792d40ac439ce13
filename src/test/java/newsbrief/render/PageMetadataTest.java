package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each page tells browsers, search engines, feed readers and social networks about itself. */
class PageMetadataTest {

    private static final String HOSTILE_TITLE = "Rates \"won't\" fall </script><script>alert('x')</script> & more";

    @TempDir
    Path temp;

    private Path out;

    @BeforeEach
    void buildSiteWithAHostileTitle() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        Path brief = content.resolve("briefs/2026-10-05-river-levels.md");
        Files.writeString(brief, SiteFiles.read(brief)
                .replace("title: \"River freight slows as water levels drop\"",
                        "title: '" + HOSTILE_TITLE.replace("'", "''") + "'\nimage: images/river.png\nupdated: 2026-10-07"));
        out = temp.resolve("out");
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.build(content, out));
        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> result.diagnostics().sorted().toString());
    }

    private Document page(String path) {
        return SiteFiles.html(out.resolve(path));
    }

    private static String meta(Document page, String key) {
        Element element = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return element == null ? null : element.attr("content");
    }

    @Test
    void briefPagesCarryArticleMetadata() {
        Document page = page("briefs/river-levels/index.html");

        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(HOSTILE_TITLE + " – Test Brief", page.title());
        assertEquals("Barges on the upper river are carrying about half their usual loads. Shippers are moving some "
                + "cargo to rail.", meta(page, "description"), "made from the Summary");
        assertEquals("https://example.github.io/newsletter/briefs/river-levels/",
                page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", meta(page, "og:type"));
        assertEquals(HOSTILE_TITLE, meta(page, "og:title"));
        assertEquals("https://example.github.io/newsletter/images/river.png", meta(page, "og:image"));
        assertEquals("summary_large_image", meta(page, "twitter:card"));
        assertEquals("2026-10-05T00:00:00Z", meta(page, "article:published_time"));
        assertEquals("2026-10-07T00:00:00Z", meta(page, "article:modified_time"));
        assertEquals(List.of("shipping", "climate"), page.select("meta[property=article:tag]").eachAttr("content"));
        assertEquals("2026-10-05", page.selectFirst(".meta time").attr("datetime"));
    }

    @Test
    void jsonLdStaysOneValidScriptWhateverTheTitle() throws IOException {
        Document page = page("briefs/river-levels/index.html");

        assertEquals(1, page.select("script").size(), "the title's </script> did not open another script");
        JsonNode article = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals(HOSTILE_TITLE, article.get("headline").asText());
        assertEquals("2026-10-05T00:00:00Z", article.get("datePublished").asText());
        assertEquals("2026-10-07T00:00:00Z", article.get("dateModified").asText());
        assertEquals("Test Desk", article.get("author").get("name").asText());
        assertEquals("Test Brief", article.get("publisher").get("name").asText());
        assertEquals("https://example.github.io/newsletter/briefs/river-levels/", article.get("url").asText());
        assertFalse(SiteFiles.read(out.resolve("briefs/river-levels/index.html")).contains("</script><script>"));
    }

    @Test
    void everyPageOffersTheFeeds() {
        for (String path : List.of("index.html", "archive/index.html", "briefs/river-levels/index.html", "404.html")) {
            Document page = page(path);
            assertEquals(List.of("/newsletter/feed.xml", "/newsletter/rss.xml", "/newsletter/feed.json"),
                    page.select("link[rel=alternate]").eachAttr("href"), path);
        }
        assertEquals("/newsletter/tags/shipping/feed.xml",
                page("tags/shipping/index.html").select("link[rel=alternate]").last().attr("href"));
    }

    @Test
    void paginatesTheHomePageWithPrevAndNext() {
        Document first = page("index.html");
        Document second = page("page/2/index.html");

        assertEquals("/newsletter/page/2/", first.selectFirst("link[rel=next]").attr("href"));
        assertNull(first.selectFirst("link[rel=prev]"));
        assertEquals("/newsletter/", second.selectFirst("link[rel=prev]").attr("href"));
        assertEquals(1, second.select("article.brief-card").size());
        assertTrue(second.selectFirst("h1").text().contains("page 2 of 2"));
    }

    @Test
    void briefPagesLinkNeighboursAndRelatedBriefsAndTellReadingTime() {
        Document page = page("briefs/battery-recycling/index.html");

        assertEquals("/newsletter/briefs/chip-export-rules/", page.selectFirst(".pager__older").attr("href"));
        assertNull(page.selectFirst(".pager__newer"), "the newest brief has no newer one");
        assertEquals(List.of("/newsletter/briefs/river-levels/"), page.select(".related a").eachAttr("href"),
                "shares the tag climate");
        assertEquals("1 min read, 42 words", page.selectFirst(".meta__reading").text());
    }

    @Test
    void linksToOtherSitesDoNotHandOverTheOpener() {
        Document page = page("briefs/river-levels/index.html");

        Element source = page.selectFirst(".brief__sources a");
        assertEquals("https://example.org/notice?a=1&b=2", source.attr("href"));
        assertEquals("noopener noreferrer", source.attr("rel"));
    }
}
