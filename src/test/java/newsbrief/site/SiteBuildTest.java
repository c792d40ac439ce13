package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.Golden;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-site builds of {@code sites/basic/} into temporary folders. */
class SiteBuildTest {

    private static final Path BASIC = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path temp;

    private BuildResult build(Path content, Path out) {
        return new SiteBuild(Path.of("")).run(BuildRequest.build(content, out));
    }

    @Test
    void writesTheGoldenSite() throws IOException {
        Path out = temp.resolve("out");
        BuildResult result = build(BASIC.resolve("content"), out);

        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> result.diagnostics().sorted().toString());
        Path expected = BASIC.resolve("expected");
        if (Golden.updating()) {
            Golden.replaceTree(out, expected);
            Golden.replaceTree(temp.resolve("nothing"), expected.resolve("assets"));
        }
        assertEquals(SiteFiles.list(expected), pagesOf(out), "the files written");
        for (String file : pagesOf(out)) {
            assertEquals(SiteFiles.read(expected.resolve(file)), SiteFiles.read(out.resolve(file)), file);
        }
    }

    /** What the build wrote, but the stylesheet, which changes with the design, not the content. */
    private static List<String> pagesOf(Path out) {
        return SiteFiles.list(out).stream().filter(file -> !file.startsWith("assets/")).toList();
    }

    @Test
    void resolvesEveryInternalLinkAndAsset() {
        Path out = temp.resolve("out");
        build(BASIC.resolve("content"), out);

        assertEquals(List.of(), SiteFiles.brokenInternalLinks(out, "/newsletter/"));
    }

    @Test
    void resolvesEveryLinkOfTheSampleContent() {
        Path out = temp.resolve("out");
        BuildResult result = build(Path.of("content"), out);

        assertEquals(BuildResult.Outcome.OK, result.outcome());
        assertEquals(List.of(), SiteFiles.brokenInternalLinks(out, "/newsbrief/"));
        assertTrue(result.pageCount() > 8 + 4, "home, archive, tags, 404 and a page per brief");
    }

    @Test
    void listsBriefsNewestFirstWithTiesBrokenBySlug() {
        Path out = temp.resolve("out");
        build(BASIC.resolve("content"), out);

        Document archive = SiteFiles.html(out.resolve("archive/index.html"));
        List<String> titles = archive.select(".archive-list a").eachText();
        assertEquals(List.of("Battery recyclers win a <b>bigger</b> share of scrap & waste",
                "New export rules cover older chip-making tools",
                "River freight slows as water levels drop"), titles);
        assertEquals(List.of("November 2026", "October 2026"), archive.select(".archive-month h2").eachText());
    }

    @Test
    void showsTheLatestBriefsWithTheirSummaryOnTheHomePage() {
        Path out = temp.resolve("out");
        build(BASIC.resolve("content"), out);

        Document home = SiteFiles.html(out.resolve("index.html"));
        List<Element> cards = home.select("article.brief-card");
        assertEquals(2, cards.size(), "pageSize in site.yaml");
        Element first = cards.get(0);
        assertEquals("/newsletter/briefs/battery-recycling/", first.selectFirst("h2 a").attr("href"));
        assertEquals(List.of("Recyclers processed most of the region's end-of-life car batteries this year.",
                "Prices for recovered lithium rose."), first.select(".brief-card__summary li").eachText());
        assertEquals("lithium", first.selectFirst(".brief-card__summary em").text());
        assertEquals("2026-11-12", first.selectFirst("time").attr("datetime"));
        assertEquals(List.of("#batteries", "#climate"), first.select(".tags a").eachText());
        assertEquals("/newsletter/archive/", home.selectFirst(".more-link a").attr("href"));
    }

    @Test
    void publishesDraftsOnlyWhenAsked() {
        Path without = temp.resolve("without");
        Path with = temp.resolve("with");
        build(BASIC.resolve("content"), without);
        new SiteBuild(Path.of("")).run(BuildRequest.build(BASIC.resolve("content"), with).withDrafts(true));

        assertFalse(Files.exists(without.resolve("briefs/grid-storage-draft/index.html")));
        assertFalse(Files.exists(without.resolve("tags/energy/index.html")));
        assertTrue(Files.exists(with.resolve("briefs/grid-storage-draft/index.html")));
        assertEquals("Draft", SiteFiles.html(with.resolve("briefs/grid-storage-draft/index.html"))
                .selectFirst(".badge").text());
    }

    @Test
    void holdsBackBriefsDatedInTheFutureUnlessAsked() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(BASIC.resolve("content"), content);
        Path brief = content.resolve("briefs/2026-10-05-river-levels.md");
        Files.writeString(brief, SiteFiles.read(brief).replace("date: 2026-10-05", "date: 2026-12-01T08:00:00+01:00"));
        java.time.Instant now = java.time.Instant.parse("2026-12-01T06:59:59Z");

        new SiteBuild(Path.of("")).run(BuildRequest.build(content, temp.resolve("held")).withNow(now));
        new SiteBuild(Path.of("")).run(BuildRequest.build(content, temp.resolve("due"))
                .withNow(now.plusSeconds(1)));
        new SiteBuild(Path.of("")).run(BuildRequest.build(content, temp.resolve("future")).withNow(now).withFuture(true));

        assertFalse(Files.exists(temp.resolve("held/briefs/river-levels/index.html")));
        assertTrue(Files.exists(temp.resolve("due/briefs/river-levels/index.html")));
        assertTrue(Files.exists(temp.resolve("future/briefs/river-levels/index.html")));
    }

    @Test
    void writesGroupedTagPages() {
        Path out = temp.resolve("out");
        build(BASIC.resolve("content"), out);

        Document climate = SiteFiles.html(out.resolve("tags/climate/index.html"));
        assertEquals(List.of("Battery recyclers win a <b>bigger</b> share of scrap & waste",
                "River freight slows as water levels drop"), climate.select(".archive-list a").eachText());
        Document index = SiteFiles.html(out.resolve("tags/index.html"));
        assertEquals(List.of("#batteries", "#chips", "#climate", "#policy", "#shipping"),
                index.select(".tag-index a").eachText());
    }

    @Test
    void writesNothingAndKeepsTheOldSiteWhenABriefIsInvalid() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(BASIC.resolve("content"), content);
        Path out = temp.resolve("out");
        build(content, out);
        String oldHome = SiteFiles.read(out.resolve("index.html"));
        Path brief = content.resolve("briefs/2026-10-05-river-levels.md");
        Files.writeString(brief, SiteFiles.read(brief).replace("## The Signal", "## The Singal"));

        BuildResult result = build(content, out);

        assertEquals(BuildResult.Outcome.CONTENT_ERRORS, result.outcome());
        assertEquals(oldHome, SiteFiles.read(out.resolve("index.html")));
        try (var siblings = Files.list(temp)) {
            assertEquals(List.of("content", "out", "out.lock"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder is left behind");
        }
    }

    @Test
    void removesPagesOfDeletedBriefs() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(BASIC.resolve("content"), content);
        Path out = temp.resolve("out");
        build(content, out);
        assertTrue(Files.exists(out.resolve("briefs/river-levels/index.html")));

        Files.delete(content.resolve("briefs/2026-10-05-river-levels.md"));
        build(content, out);

        assertFalse(Files.exists(out.resolve("briefs/river-levels/index.html")));
        assertFalse(Files.exists(out.resolve("tags/shipping/index.html")));
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws IOException {
        Path out = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(out.resolve("thesis.txt"), "years of work");

        BuildResult result = build(BASIC.resolve("content"), out);

        assertEquals(BuildResult.Outcome.OUTPUT_FAILED, result.outcome());
        assertTrue(result.failure().orElseThrow().contains("newsbrief did not make it"));
        assertEquals("years of work", SiteFiles.read(out.resolve("thesis.txt")));
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheContent() {
        BuildResult result = build(BASIC.resolve("content"), BASIC);

        assertEquals(BuildResult.Outcome.OUTPUT_FAILED, result.outcome());
        assertTrue(result.failure().orElseThrow().contains("overlaps"));
    }

    @Test
    void putsEveryLinkUnderTheBaseUrlGivenOnTheCommandLine() {
        Path out = temp.resolve("out");
        new SiteBuild(Path.of("")).run(BuildRequest.build(BASIC.resolve("content"), out)
                .withBaseUrl("https://news.example.com/deep/path"));

        assertEquals(List.of(), SiteFiles.brokenInternalLinks(out, "/deep/path/"));
        assertEquals("https://news.example.com/deep/path/briefs/river-levels/",
                SiteFiles.html(out.resolve("briefs/river-levels/index.html")).selectFirst("link[rel=canonical]")
                        .attr("href"));
    }

    @Test
    void buildsTheSameBytesTwice() {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        build(BASIC.resolve("content"), first);
        build(BASIC.resolve("content"), second);

        for (String file : SiteFiles.list(first)) {
            assertEquals(SiteFiles.contents(first.resolve(file)), SiteFiles.contents(second.resolve(file)), file);
        }
    }
}
