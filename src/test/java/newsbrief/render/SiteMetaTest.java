package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What site.yaml's image, favicon and language put in the head of every page. */
class SiteMetaTest {

    private static final List<String> PAGES = List.of("index.html", "page/2/index.html", "archive/index.html",
            "tags/index.html", "tags/climate/index.html", "briefs/chip-export-rules/index.html", "404.html");

    @TempDir
    Path temp;

    /** The basic site with lines added to its site.yaml, and the river brief given its own image. */
    private Path build(String siteYamlLines) throws IOException {
        return build(yaml -> yaml + siteYamlLines);
    }

    private Path build(UnaryOperator<String> siteYaml) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        Files.writeString(content.resolve("site.yaml"), siteYaml.apply(SiteFiles.read(content.resolve("site.yaml"))));
        Path brief = content.resolve("briefs/2026-10-05-river-levels.md");
        Files.writeString(brief, SiteFiles.read(brief).replace("\ndate:", "\nimage: images/river.png\ndate:"));
        Path out = temp.resolve("out");
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.build(content, out));
        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> result.diagnostics().sorted().toString());
        return out;
    }

    private static void assertEveryPageLinksTheIcon(Path out, String href, String type) {
        for (String path : PAGES) {
            Element icon = SiteFiles.html(out.resolve(path)).selectFirst("link[rel=icon]");
            assertEquals(href, icon.attr("href"), path);
            assertEquals(type, icon.attr("type"), path);
        }
    }

    private static String meta(Document page, String key) {
        Element element = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return element == null ? null : element.attr("content");
    }

    @Test
    void everyPageHasNewsbriefsIconUnderTheBasePath() throws IOException {
        Path out = build("");

        assertEveryPageLinksTheIcon(out, "/newsletter/assets/favicon.svg", "image/svg+xml");
        assertTrue(SiteFiles.read(out.resolve("assets/favicon.svg")).startsWith("<svg "));
    }

    @Test
    void theSitesFaviconReplacesNewsbriefsOwn() throws IOException {
        Path out = build("favicon: /images/icon.png\n");

        assertEveryPageLinksTheIcon(out, "/newsletter/images/icon.png", "image/png");
    }

    @Test
    void pagesWithoutTheirOwnImageShowTheSitesImageAsASmallCard() throws IOException {
        Path out = build("image: images/card.png\n");

        for (String path : PAGES) {
            Document page = SiteFiles.html(out.resolve(path));
            assertEquals("https://example.github.io/newsletter/images/card.png", meta(page, "og:image"), path);
            assertEquals("https://example.github.io/newsletter/images/card.png", meta(page, "twitter:image"), path);
            assertEquals("summary", meta(page, "twitter:card"), path);
        }
        Document river = SiteFiles.html(out.resolve("briefs/river-levels/index.html"));
        assertEquals("https://example.github.io/newsletter/images/river.png", meta(river, "og:image"));
        assertEquals("summary_large_image", meta(river, "twitter:card"));
    }

    @Test
    void aSiteWithoutImageHasNoneButTheBriefsOwn() throws IOException {
        Path out = build("");

        assertNull(meta(SiteFiles.html(out.resolve("index.html")), "og:image"));
        assertEquals("https://example.github.io/newsletter/images/river.png",
                meta(SiteFiles.html(out.resolve("briefs/river-levels/index.html")), "twitter:image"));
    }

    @Test
    void theLocaleIsLanguageAndTerritory() throws IOException {
        assertEquals("en_US", meta(SiteFiles.html(build("").resolve("index.html")), "og:locale"));
    }

    @Test
    void aWrittenTerritoryIsKept() throws IOException {
        Document home = SiteFiles.html(build(yaml -> yaml.replace("language: en", "language: en-GB")).resolve("index.html"));

        assertEquals("en_GB", meta(home, "og:locale"));
        assertEquals("en-GB", home.selectFirst("html").attr("lang"));
    }
}
