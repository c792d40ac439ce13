package newsbrief.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feeds of a whole site, as feed readers take them: text that shows as markup on the page
 * stays text in every reader, and everything a brief says or links works away from its page.
 */
class FeedReadersTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @TempDir
    Path temp;

    private Path out;

    @BeforeEach
    void buildASiteThatQuotesMarkup() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        replace(content.resolve("site.yaml"), "description: \"A small site for tests\"",
                "description: \"Tests of " + MARKUP + "\"");
        // The river brief has no description: its summary is made from its bullets, code and all.
        replace(content.resolve("briefs/2026-10-05-river-levels.md"), "- Shippers are moving some cargo to rail.",
                "- Shippers type `" + MARKUP + "` into [the rail form](/tags/shipping/) and "
                        + "![a map](../maps/rail.png).");
        replace(content.resolve("briefs/2026/2026-11-12-battery-recycling.md"),
                "Recyclers now take most end-of-life car batteries in the region.", "Recyclers quote " + MARKUP);
        out = temp.resolve("out");
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.build(content, out));
        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> result.diagnostics().sorted().toString());
    }

    private static void replace(Path file, String text, String replacement) throws IOException {
        String before = Files.readString(file);
        assertTrue(before.contains(text), file + " holds " + text);
        Files.writeString(file, before.replace(text, replacement));
    }

    private String feed(String path) {
        return SiteFiles.read(out.resolve(path));
    }

    @Test
    void rssDescriptionsShowMarkupAsTextInEveryParser() {
        String rss = feed("rss.xml");
        SyndFeed feed = Rome.read(rss);
        List<String> descriptions = Readers.texts(rss, "description");

        assertEquals("Tests of " + MARKUP, Readers.textOfHtml(feed.getDescription()));
        assertEquals("Tests of " + MARKUP, Readers.textOfHtml(descriptions.get(0)), "StAX");
        String river = "Barges on the upper river are carrying about half their usual loads. Shippers type "
                + MARKUP + " into the rail form and a map.";
        assertEquals(List.of("Recyclers quote " + MARKUP, river), feed.getEntries().stream()
                .filter(entry -> !entry.getTitle().startsWith("New export"))
                .map(entry -> Readers.textOfHtml(entry.getDescription().getValue())).toList());
        for (String description : descriptions) {
            Readers.textOfHtml(description);
        }
    }

    @Test
    void atomAndJsonFeedSayTheirSummariesArePlainText() throws IOException {
        for (String path : List.of("feed.xml", "tags/shipping/feed.xml")) {
            String atom = feed(path);
            for (SyndEntry entry : Rome.read(atom).getEntries()) {
                assertEquals("text", entry.getDescription().getType(), path);
            }
            assertEquals(List.of(), Jsoup.parse(atom, "", org.jsoup.parser.Parser.xmlParser())
                    .select("summary[type~=html], subtitle[type~=html], title[type~=html]").eachText(), path);
        }
        var json = JsonFeedTest.read(feed("feed.json"));
        assertEquals("Tests of " + MARKUP, json.path("description").asText(), "JSON Feed's description is plain text");
        assertEquals("Recyclers quote " + MARKUP, json.path("items").path(0).path("summary").asText());
    }

    @Test
    void contentCarriesTheSourcesAndOnlyAbsoluteUrls() {
        for (String path : List.of("feed.xml", "rss.xml", "tags/shipping/feed.xml")) {
            SyndEntry river = Rome.read(feed(path)).getEntries().stream()
                    .filter(entry -> entry.getLink().endsWith("/briefs/river-levels/")).findFirst().orElseThrow();
            org.jsoup.nodes.Document content = Jsoup.parseBodyFragment(river.getContents().get(0).getValue());

            Element sources = content.select("h2:containsOwn(Sources) + ul").first();
            assertEquals(List.of("https://example.org/notice?a=1&b=2"), sources.select("a").eachAttr("href"), path);
            assertEquals("Waterway authority notice", sources.selectFirst("a").text(), path);
            assertEquals(List.of("https://example.github.io/newsletter/tags/shipping/", "https://example.org/notice?a=1&b=2"),
                    content.select("[href]").eachAttr("href"), path);
            assertEquals(List.of("https://example.github.io/newsletter/briefs/maps/rail.png"),
                    content.select("[src]").eachAttr("src"), path);
            assertEquals(MARKUP, content.selectFirst("code").text(), "inline code stays code in the content");
        }
        var item = JsonFeedTest.read(feed("feed.json")).path("items").path(2);
        assertTrue(item.path("content_html").asText().contains("<a href=\"https://example.org/notice?a=1&amp;b=2\">"
                + "Waterway authority notice</a>"), item::toString);
    }

    @Test
    void everyFeedNamesTheSitesIconAndLogo() {
        String icon = "https://example.github.io/newsletter/assets/favicon.svg";
        String logo = "https://example.github.io/newsletter/assets/icon.png";
        for (String path : List.of("feed.xml", "tags/shipping/feed.xml")) {
            var atom = Rome.atom(feed(path));
            assertEquals(icon, atom.getIcon(), path);
            assertEquals(logo, atom.getLogo(), path);
        }
        var image = Rome.rss(feed("rss.xml")).getImage();
        assertEquals(logo, image.getUrl());
        assertEquals("Test Brief", image.getTitle());
        assertEquals("https://example.github.io/newsletter/", image.getLink());
        var json = JsonFeedTest.read(feed("feed.json"));
        assertEquals(logo, json.path("icon").asText());
        assertEquals(icon, json.path("favicon").asText());
        assertTrue(Files.isRegularFile(out.resolve("assets/icon.png")));
    }
}
