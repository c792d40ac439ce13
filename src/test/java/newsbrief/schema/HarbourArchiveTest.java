package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.cli.ExitCode;
import newsbrief.cli.Main;
import newsbrief.testing.Golden;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema for a real newsletter (issue 14): "The Harbour Weekly", a long-running weekly written
 * for this test, with an editor's paragraph before the first section, level-1 and level-2 sections
 * in any order, one-off sections, named sub-sections, editors' HTML comments and a lead that is
 * not the first section. Its good issues pass; those in {@code briefs/mistakes/} are reported at
 * their lines ({@code check.diagnostics.txt}).
 */
class HarbourArchiveTest {

    private static final Path ARCHIVE = Path.of("src/test/resources/sites/harbour");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    /** The good issues and their site, made once for the class: each test only reads them. */
    @TempDir
    static Path temp;

    private static Path goodIssues;
    private static Path site;

    @BeforeAll
    static void copyTheGoodIssues() throws IOException {
        goodIssues = temp.resolve("content");
        SiteFiles.copyTree(ARCHIVE.resolve("content"), goodIssues);
        Path mistakes = goodIssues.resolve("briefs/mistakes");
        try (Stream<Path> files = Files.list(mistakes)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(mistakes);
    }

    @Test
    void reportsEachMistakeOfTheArchiveAtItsLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"check", "--content", ARCHIVE.resolve("content").toString(), "--color=never"},
                new PrintWriter(out), new PrintWriter(err));

        assertEquals(ExitCode.CONTENT_ERRORS, exit);
        Golden.assertMatches(ARCHIVE.resolve("check.diagnostics.txt"), err.toString(), ARCHIVE.toString());
    }

    @Test
    void theGoodIssuesPassWithoutADiagnostic() {
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.check(goodIssues).withNow(NOW));

        assertEquals(List.of(), result.diagnostics().sorted());
        assertEquals(BuildResult.Outcome.OK, result.outcome());
    }

    private static synchronized Path build() {
        if (site == null) {
            Path out = temp.resolve("out");
            BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.build(goodIssues, out).withNow(NOW));
            assertEquals(List.of(), result.diagnostics().sorted());
            site = out;
        }
        return site;
    }

    private static Document brief(Path out, String slug) {
        return SiteFiles.html(out.resolve("briefs/" + slug + "/index.html"));
    }

    @Test
    void thePreambleIsTheStandfirstAndTheDescription() {
        Document page = brief(build(), "lifeboat-launch");

        String preamble = "Three launches in five days. The crew deserve a quiet weekend, and the forecast may give"
                + " them one.";
        assertEquals(preamble, page.select("header .standfirst").text());
        assertEquals(preamble, page.select("meta[name=description]").attr("content"));
        assertEquals(preamble, page.select("meta[property=og:description]").attr("content"));
        assertTrue(page.select("script[type=application/ld+json]").html().contains(preamble), "JSON-LD description");
        assertEquals(0, page.select("article section p:contains(Three launches)").size(), "not a section's text");
    }

    @Test
    void aDescriptionWinsTheStandfirstAndThePreambleStandsBeforeTheSections() {
        Document page = brief(build(), "issue-400");

        assertEquals("Four hundred Fridays of the Harbour Weekly, and a quiet Christmas on the quay.",
                page.select("header .standfirst").text());
        Element preamble = page.selectFirst("article > .brief__preamble");
        assertTrue(preamble.text().startsWith("Four hundred issues."), preamble::outerHtml);
        assertEquals("section", preamble.nextElementSibling().tagName());
    }

    @Test
    void theFeedsCarryThePreambleBeforeTheSections() throws IOException {
        Path out = build();

        JsonNode items = new ObjectMapper().readTree(SiteFiles.read(out.resolve("feed.json"))).get("items");
        for (String slug : List.of("issue-400", "lifeboat-launch")) {
            JsonNode item = StreamSupport.stream(items.spliterator(), false)
                    .filter(entry -> entry.get("url").asText().endsWith("/briefs/" + slug + "/"))
                    .findFirst().orElseThrow();
            String html = item.get("content_html").asText();
            String opening = slug.equals("issue-400") ? "Four hundred issues." : "Three launches in five days.";
            int preamble = html.indexOf(opening);
            assertTrue(preamble >= 0 && preamble < html.indexOf("<h2>"), slug + ": " + html);
        }
        assertTrue(SiteFiles.read(out.resolve("feed.xml")).contains("Four hundred issues."), "Atom content");
        assertTrue(SiteFiles.read(out.resolve("rss.xml")).contains("Four hundred issues."), "RSS content");
    }

    @Test
    void levelOneAndLevelTwoSectionsStandInTheOrderWritten() {
        Path out = build();

        assertEquals(List.of("Tides and Weather", "In Port", "Letters"),
                brief(out, "first-issue").select("article section > h2").eachText(), "# and ## headings");
        assertEquals(List.of("in-port", "tides", "notices"),
                brief(out, "dredger-arrives").select("article section").eachAttr("id"));
        assertEquals(List.of("Arrivals", "Departures"),
                brief(out, "dredger-arrives").select("#in-port h3").eachText(), "named sub-sections");
    }

    @Test
    void oneOffSectionsAndRepeatedOnesGetIdsOfTheirOwn() {
        Path out = build();

        Document special = brief(out, "issue-400");
        assertEquals("Issue 400!", special.select("#issue-400 > h2#issue-400-heading").text());
        assertEquals(List.of("A Word from Captain Ellis"), brief(out, "harbour-master")
                .select("#a-word-from-captain-ellis > h2").eachText());
        Document lifeboat = brief(out, "lifeboat-launch");
        assertEquals(List.of("tides", "updates", "updates-2", "in-port"), lifeboat.select("article section").eachAttr("id"));
        assertEquals(List.of("Updates from the Lifeboat Station", "Updates from the Boatyard"),
                lifeboat.select("#updates > h2, #updates-2 > h2").eachText(), "a pattern keeps the heading written");
        assertEquals("In Port", lifeboat.select("#in-port > h2").text(), "an alias shows the schema's heading");
    }

    @Test
    void theLeadSectionsBulletsStandOnTheHomePageWhereverItIsInTheIssue() {
        Document home = SiteFiles.html(build().resolve("index.html"));

        Element winterWorks = home.select(".brief-card").stream()
                .filter(card -> card.select(".brief-card__title").text().equals("Winter works on the east pier"))
                .findFirst().orElseThrow();
        assertEquals("Tides and Weather", winterWorks.select(".brief-card__summary").attr("aria-label"));
        assertEquals(List.of("High water 12:03 and 00:29.", "Gales possible on Tuesday."),
                winterWorks.select(".brief-card__summary li").eachText(), "the tides come second in this issue");
    }

    @Test
    void editorsCommentsArePublishedNowhere() throws IOException {
        Path out = build();

        for (String slug : List.of("dredger-arrives", "storm-doris", "winter-works")) {
            Document page = brief(out, slug);
            assertEquals(List.of(), page.select("article").first().childNodes().stream()
                    .flatMap(node -> Stream.concat(Stream.of(node), node.childNodes().stream()))
                    .filter(Comment.class::isInstance).toList(), slug);
            String html = SiteFiles.read(out.resolve("briefs/" + slug + "/index.html"));
            assertFalse(html.contains("ed: "), slug + " shows an editor's note");
        }
        assertEquals("The crane barge Goliath.", brief(out, "winter-works").select("#in-port li").first().text());
    }

    @Test
    void theEmailEditionOpensWithThePreambleAndDropsTheComments() {
        Path out = temp.resolve("email");
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"email", "--content", goodIssues.toString(), "--out", out.toString(),
            "--now", NOW.toString(), "--color=never", "dredger-arrives"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertEquals(0, exit, err::toString);
        String text = SiteFiles.read(out.resolve("dredger-arrives.txt"));
        int preamble = text.indexOf("The inner basin has silted up");
        assertTrue(preamble >= 0 && preamble < text.indexOf("Arrivals"), text);
        assertFalse(SiteFiles.read(out.resolve("dredger-arrives.html")).contains("ed: ask"), "no editor's note");
    }
}
