package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import newsbrief.cli.Main;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue run through the email edition: each case ends in its diagnostic,
 * or in an email that holds nothing that could run, whichever mail program opens it.
 */
class HostileEmailTest {

    /** The catalogue's cases but those about the site's output folder. */
    static Stream<Arguments> catalogue() {
        return HostileInputCatalogueTest.catalogue()
                .filter(arguments -> !((HostileInputCatalogueTest.Case) arguments.get()[1]).expect().refusedOutput());
    }

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void endsInAClearDiagnosticOrASafeEmail(String name, HostileInputCatalogueTest.Case hostile) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        Files.write(content.resolve("briefs/2026-11-26-hostile.md"), hostile.brief());
        hostile.setup().apply(content, temp);
        Path out = temp.resolve("email-out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Main.run(new String[] {"email", "--content",
            content.toString(), "--out", out.toString(), "--now", "2026-12-01T00:00:00Z", "--color=never"},
                new PrintWriter(stdout), new PrintWriter(stderr)));

        String errors = stderr.toString();
        assertFalse(errors.contains("Exception") || errors.contains("\tat "), () -> "a stack trace:\n" + errors);
        String rule = hostile.expect().rule() == null ? null : hostile.expect().rule().id();
        if (rule != null) {
            assertTrue(errors.contains("[" + rule + "]"), () -> "expected [" + rule + "] in:\n" + errors);
            assertEquals(hostile.expect().exit(), exit, errors);
            assertFalse(Files.exists(out), "nothing is written");
        } else if (exit == 1) {
            // Pathologically long content makes an email Gmail would clip; that is refused, not sent.
            assertTrue(errors.contains("[email-size]"), errors);
            assertFalse(Files.exists(out), "nothing is written");
        } else {
            assertEquals(0, exit, errors);
            assertNothingRuns(SiteFiles.html(out.resolve("hostile.html")));
        }
    }

    /** No script, frame, form or event handler, and no script URL; one {@code <style>}, in the head. */
    static void assertNothingRuns(Document email) {
        assertTrue(email.select("script, iframe, frame, object, embed, form, base, meta[http-equiv], svg, math")
                .isEmpty(), () -> "active elements: " + email.body().html().substring(0, 2000));
        assertEquals(1, email.select("style").size());
        assertEquals("head", email.selectFirst("style").parent().normalName());
        for (Element element : email.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), element::toString);
                String value = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:") || value.contains("expression("), element::toString);
            });
        }
    }
}
