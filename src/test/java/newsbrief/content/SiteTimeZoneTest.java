package newsbrief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Rule;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timezone:} in site.yaml: the zone of date-times that briefs write without offset. */
class SiteTimeZoneTest {

    private static final String SITE = "title: \"Zone Test\"\nbaseUrl: https://example.github.io/newsletter/\n";

    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void site() throws IOException {
        content = temp.resolve("content");
        Files.createDirectories(content.resolve("briefs"));
    }

    private void write(String siteYaml, String date) throws IOException {
        Files.writeString(content.resolve("site.yaml"), siteYaml, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("briefs/2026-12-01-ferries.md"), "---\ntitle: Ferry crews strike\ndate: "
                + date + "\n---\n\n## The Summary\n\n- Crews stopped work at dawn.\n- Talks resume on Friday.\n\n"
                + "## The Signal\n\nThe union wants a new rota.\n\n## The Implication\n\nExpect delays all week.\n",
                StandardCharsets.UTF_8);
    }

    private BuildResult build(Instant now) {
        return new SiteBuild(Path.of("")).run(BuildRequest.build(content, temp.resolve("out")).withNow(now));
    }

    private String shown(String file) {
        return new ContentScanner(Path.of("")).displayPath(content.resolve(file));
    }

    private List<String> errors(BuildResult result) {
        return result.diagnostics().sorted().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList();
    }

    @Test
    void aDateTimeWithoutOffsetIsReadInTheSitesZone() throws IOException {
        write(SITE + "timezone: Europe/Berlin\n", "2026-12-01 09:30");

        BuildResult result = build(Instant.parse("2026-12-01T08:30:00Z"));

        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> errors(result).toString());
        Document page = SiteFiles.html(temp.resolve("out/briefs/ferries/index.html"));
        assertEquals("2026-12-01T09:30+01:00", page.selectFirst("time").attr("datetime"));
    }

    @Test
    void theSitesZoneDecidesWhenTheBriefIsDue() throws IOException {
        write(SITE + "timezone: America/New_York\n", "2026-12-01T09:30:00");

        BuildResult result = build(Instant.parse("2026-12-01T14:29:59Z"));

        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> errors(result).toString());
        assertTrue(Files.notExists(temp.resolve("out/briefs/ferries/index.html")), "09:30 in New York is 14:30 UTC");
    }

    @Test
    void aDateTimeWithOffsetKeepsItsOwnOffset() throws IOException {
        write(SITE + "timezone: Asia/Tokyo\n", "2026-12-01 09:30+01:00");

        build(Instant.parse("2026-12-02T00:00:00Z"));

        Document page = SiteFiles.html(temp.resolve("out/briefs/ferries/index.html"));
        assertEquals("2026-12-01T09:30+01:00", page.selectFirst("time").attr("datetime"));
    }

    @Test
    void withoutAZoneADateTimeWithoutOffsetIsAnErrorAsBefore() throws IOException {
        write(SITE, "2026-12-01 09:30");

        BuildResult result = build(Instant.parse("2026-12-02T00:00:00Z"));

        assertEquals(List.of(shown("briefs/2026-12-01-ferries.md") + ":3:7: error: date \"2026-12-01 09:30\" "
                + "has no offset, and site.yaml names no timezone to read it in [field-date]"), errors(result));
    }

    @Test
    void aTimeTheClocksSkipIsAnError() throws IOException {
        write(SITE + "timezone: Europe/Berlin\n", "2026-03-29 02:30");

        BuildResult result = build(Instant.parse("2026-12-02T00:00:00Z"));

        assertEquals(List.of(shown("briefs/2026-12-01-ferries.md") + ":3:7: error: date \"2026-03-29 02:30\" "
                + "does not happen in Europe/Berlin: the clocks go forward past it [field-date]"), errors(result));
    }

    @Test
    void aBlankZoneGetsTheGeneralHintNotANearName() throws IOException {
        write(SITE + "timezone: \" \"\n", "2026-12-01");

        BuildResult result = build(Instant.parse("2026-12-02T00:00:00Z"));

        Diagnostic problem = result.diagnostics().sorted().get(0);
        assertEquals(Rule.CONFIG_TIMEZONE, problem.rule());
        assertEquals(Optional.of("use an IANA time zone id such as \"Europe/Berlin\", \"America/New_York\" or \"UTC\""),
                problem.hint());
    }
}
