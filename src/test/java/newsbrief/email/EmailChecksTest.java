package newsbrief.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsbrief.diag.Rule;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The email settings in site.yaml and the preflight checks of an edition, as diagnostics. */
class EmailChecksTest {

    /** A valid brief; tests change one thing in it. */
    static final String BRIEF = """
            ---
            title: "Ferry operators pool their timetables"
            date: 2026-11-26
            ---

            ## The Summary

            - Three ferry companies now publish one shared timetable.
            - Tickets still have to be bought from each company.

            ## The Signal

            Travellers used to compare three websites before every trip, and connections between the islands were often missed.

            ## The Implication

            Watch whether a single ticket follows in the spring.
            """;

    @TempDir
    Path temp;

    /** The basic test site with {@code settings} added to its site.yaml and {@code brief} as its newest brief. */
    Path content(String settings, String brief) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        Path site = content.resolve("site.yaml");
        Files.writeString(site, SiteFiles.read(site) + settings);
        Files.writeString(content.resolve("briefs/2026-11-26-grid.md"), brief);
        return content;
    }

    EmailRun email(Path content, String... more) {
        return EmailRun.of(content, temp.resolve("out"), more);
    }

    @Test
    void reportsAnInvalidSenderAtItsLine() throws IOException {
        EmailRun run = email(content("email:\n  from: \"Desk <desk at example>\"\n", BRIEF));

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("site.yaml:8:9: error: email.from \"Desk <desk at example>\" is not one email "
                + "address [" + Rule.CONFIG_EMAIL.id() + "]"), run::toString);
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void reportsAnUnsubscribeLinkThatIsNeitherHttpsNorAPlaceholder() throws IOException {
        EmailRun run = email(content("email: {unsubscribe: \"http://example.com/u\", frm: x}\n", BRIEF));

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("error: email.unsubscribe \"http://example.com/u\" is neither an https URL nor "
                + "a sending service's placeholder [" + Rule.CONFIG_EMAIL.id() + "]"), run::toString);
        assertTrue(run.err().contains("{{ unsubscribe_url }} (Buttondown)"), run::toString);
        assertTrue(run.err().contains("unknown email key \"frm\" [config-unknown-key]"), run::toString);
        assertTrue(run.err().contains("did you mean \"from\"?"), run::toString);
    }

    @Test
    void reportsASubscribeSettingWithBothOrNeitherForm() throws IOException {
        EmailRun run = email(content("subscribe: {action: \"https://example.com/s\", buttondown: desk}\n", BRIEF));

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("site.yaml:7:12: error: subscribe needs exactly one of \"action\" and "
                + "\"buttondown\" [" + Rule.CONFIG_SUBSCRIBE.id() + "]"), run::toString);
    }

    @Test
    void warnsOfASubjectTooLongForTheInboxAtTheTitle() throws IOException {
        String title = "Ferry operators pool their timetables for the islands, and promise a single ticket from the spring";
        Path content = content("", BRIEF.replace("Ferry operators pool their timetables", title));

        EmailRun run = email(content);

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("2026-11-26-grid.md:2:8: warning: email subject has 98 characters; inboxes show "
                + "about 78 [" + Rule.EMAIL_SUBJECT_LENGTH.id() + "]"), run::toString);
        assertTrue(Files.exists(temp.resolve("out/grid.eml")));
    }

    @Test
    void strictModeWritesNothingWhenThereIsAWarning() throws IOException {
        Path content = content("email: {from: \"Desk <desk@example.com>\"}\n", BRIEF);

        EmailRun run = email(content, "--strict");

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("site.yaml:7:8: warning: email.from is set but email.unsubscribe is not; bulk "
                + "mail needs an unsubscribe link [" + Rule.EMAIL_UNSUBSCRIBE.id() + "]"), run::toString);
        assertFalse(Files.exists(temp.resolve("out")), "nothing is written");
    }

    @Test
    void warnsOfImagesWithoutAltOrWidthAndOfRelativeLinksAndFixesThemInTheEmail() throws IOException {
        Path content = content("", BRIEF.replace("were often missed.", "were often missed.\n\n![](charts/outages.png) "
                + "See [the notice](notices/2026.html).").replace("in the spring.", "in the spring.\n\n"
                + "![Map](https://example.com/map.png)"));

        EmailRun run = email(content);

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("warning: image \"charts/outages.png\" in \"The Signal\" has no alt text and no "
                + "width; Outlook shows an image without a width at its own size [" + Rule.EMAIL_IMAGE.id() + "]"), run::toString);
        assertTrue(run.err().contains("warning: link \"notices/2026.html\" in \"The Signal\" is relative; the email "
                + "resolves it against the brief's page [" + Rule.EMAIL_RELATIVE_LINK.id() + "]"), run::toString);
        assertTrue(run.err().contains("image \"https://example.com/map.png\" in \"The Implication\" has no width"),
                run::toString);
        Document email = SiteFiles.html(temp.resolve("out/grid.html"));
        Element chart = email.selectFirst("img[src$=outages.png]");
        assertEquals("https://example.github.io/newsletter/briefs/grid/charts/outages.png", chart.attr("src"));
        assertEquals("", chart.attr("alt"));
        assertEquals("536", chart.attr("width"));
        assertEquals("Map", email.selectFirst("img[src$=map.png]").attr("alt"));
        assertEquals("https://example.github.io/newsletter/briefs/grid/notices/2026.html",
                email.selectFirst("a:containsOwn(the notice)").attr("href"));
    }

    @Test
    void anEditionOver100KilobytesIsAnErrorAndNothingIsWritten() throws IOException {
        Path content = content("", BRIEF.replace("were often missed.", "were often missed.\n\n"
                + "A very long paragraph. ".repeat(6000)));

        EmailRun run = email(content);

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().matches("(?s).*2026-11-26-grid\\.md:1:1: error: email edition \"grid\" has 1[0-9]{2} KB of "
                + "HTML; Gmail clips messages over about 102 KB \\[" + Rule.EMAIL_SIZE.id() + "].*"), run::toString);
        assertFalse(Files.exists(temp.resolve("out")), "nothing is written");
    }

    @Test
    void aSlugThatIsNotPublishedIsAUsageError() throws IOException {
        EmailRun run = email(content("", BRIEF.replace("date: 2026-11-26", "date: 2026-11-26\ndraft: true")), "grid");

        assertEquals(2, run.exit(), run::toString);
        assertEquals("error: no published brief has the slug \"grid\" (drafts need --drafts, briefs dated in the "
                + "future --future)\n", run.err());
    }

    @Test
    void anInvalidBriefStopsTheRunLikeABuild() throws IOException {
        EmailRun run = email(content("", BRIEF.replace("## The Signal", "## The Singal")));

        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("[section-unknown]"), run::toString);
        assertFalse(Files.exists(temp.resolve("out")));
    }
}
