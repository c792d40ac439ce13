package newsbrief.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newsbrief.testing.Golden;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The email edition of the sample briefs (a copy of content/ with email settings), compared with
 * golden files, and held to what every inbox needs: tables and inline styles, nothing that runs.
 */
class EmailEditionTest {

    static final Path FIXTURE = Path.of("src/test/resources/email");
    static final Path CONTENT = FIXTURE.resolve("content");

    /** Every sample brief, the draft included, and the day with two briefs as a digest. */
    static final List<String> SLUGS = List.of("eu-ai-office-enforcement-guidance", "advanced-packaging-bottleneck",
            "eu-battery-passport-rules", "copper-prices-grid-demand", "heat-health-warning-systems",
            "open-model-safety-tests", "wholesale-digital-settlement-pilot", "ecb-holds-rates-services-inflation",
            "who-resistance-surveillance-report");

    @TempDir
    static Path out;

    @BeforeAll
    static void writeEditions() {
        List<String> args = new java.util.ArrayList<>(List.of("--drafts"));
        args.addAll(SLUGS);
        EmailRun briefs = EmailRun.of(CONTENT, out, args.toArray(String[]::new));
        assertEquals(0, briefs.exit(), briefs::toString);
        EmailRun digest = EmailRun.of(CONTENT, out, "--digest", "2026-07-07");
        assertEquals(0, digest.exit(), digest::toString);
    }

    static Stream<String> editions() {
        return Stream.concat(SLUGS.stream(), Stream.of("2026-07-07"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void htmlAndTextMatchTheGoldenFiles(String name) {
        for (String extension : List.of(".html", ".txt")) {
            Golden.assertMatches(FIXTURE.resolve("expected/" + name + extension),
                    SiteFiles.read(out.resolve(name + extension)), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void htmlIsForEveryClient(String name) {
        Document email = SiteFiles.html(out.resolve(name + ".html"));
        assertTrue(email.select("script, form, iframe, object, embed, link[rel=stylesheet], base").isEmpty(), name);
        assertEquals(1, email.select("style").size(), "one <style>, for optional touches");
        assertEquals("head", email.selectFirst("style").parent().normalName(), "Gmail keeps <style> only in <head>");
        for (Element styled : email.select("[style]")) {
            String style = styled.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            assertFalse(style.contains("display:flex") || style.contains("display:grid")
                    || style.contains("border-radius") || style.contains("background-image")
                    || style.contains("url("), name + ": " + styled.tagName() + " " + style);
        }
        String css = email.selectFirst("style").data();
        assertFalse(css.contains("flex") || css.contains("grid") || css.contains("@import") || css.contains("url("), css);
        assertTrue(email.select("table[role=presentation][width=100%]").size() >= 2, "tables for layout");
        assertTrue(email.html().contains("<!--[if mso]><table role=\"presentation\" width=\"600\""),
                "a 600 px Outlook wrapper");
        for (Element link : email.select("a")) {
            assertTrue(link.attr("href").matches("(https?|mailto):.+"), name + ": " + link);
        }
        for (Element image : email.select("img")) {
            assertTrue(image.hasAttr("alt") && image.attr("width").matches("[0-9]+"), name + ": " + image);
        }
        assertTrue(email.select("a:containsOwn(View in browser)").size() == 1, "View in browser");
        assertTrue(email.select("a:containsOwn(Unsubscribe)").attr("href").equals("https://newsbrief.example/unsubscribe"));
        for (Element element : email.body().select("p, li, h1, h2, h3, blockquote, td, ul, ol, a")) {
            assertTrue(element.hasAttr("style"), name + ": every element styled inline: " + element.outerHtml());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void textIsWhatAnEditorWouldSend(String name) {
        String text = SiteFiles.read(out.resolve(name + ".txt"));
        assertFalse(text.startsWith("\n") || text.isBlank(), "no leading blank lines");
        assertFalse(text.contains("<") && text.contains("</"), "no HTML");
        assertFalse(text.contains("\u034F") || text.contains("\u200C"), "no hidden preheader");
        for (String line : text.split("\n")) {
            // Only a URL is longer: words are never broken.
            String lastWord = line.substring(line.lastIndexOf(' ') + 1);
            assertTrue(line.codePointCount(0, line.length()) <= EmailText.WIDTH
                    || lastWord.startsWith("https://") && line.length() - lastWord.length() <= 8,
                    () -> "wrapped at 72: " + line);
        }
        assertTrue(text.contains("\n- "), "bullets");
        assertTrue(text.matches("(?s).*\\n\\[1] https://newsbrief\\.github\\.io/newsbrief/.*"), "references");
    }

    @Test
    void theBriefsAreACopyOfTheSampleContent() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content/briefs"))) {
            for (Path brief : files.filter(Files::isRegularFile).toList()) {
                Path copy = CONTENT.resolve(Path.of("content").relativize(brief).toString());
                assertEquals(SiteFiles.read(brief), SiteFiles.read(copy), "update the fixture copy of " + brief);
            }
        }
    }

    @Test
    void theNewestPublishedBriefIsTheDefault(@TempDir Path other) {
        EmailRun run = EmailRun.of(CONTENT, other);

        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of("open-model-safety-tests.eml", "open-model-safety-tests.html", "open-model-safety-tests.txt"),
                SiteFiles.list(other));
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path again) throws IOException {
        EmailRun run = EmailRun.of(CONTENT, again, "open-model-safety-tests");

        assertEquals(0, run.exit(), run::toString);
        for (String extension : List.of(".html", ".txt", ".eml")) {
            String file = "open-model-safety-tests" + extension;
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(again.resolve(file))),
                    file);
        }
    }

    @Test
    void theDigestHoldsEveryBriefOfItsDay() {
        Document digest = SiteFiles.html(out.resolve("2026-07-07.html"));

        assertEquals(List.of("Copper hits a two-year high as grid spending collides with thin mine supply",
                "Cities that linked heat warnings to clinics saw fewer emergency admissions, study finds"),
                digest.select("h2").eachText());
        assertEquals("The Three-Part Brief – 7 July 2026", digest.title());
    }
}
