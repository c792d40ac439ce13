package newsbrief.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .eml read back with Jakarta Mail, as a mail program would open it. */
class EmlTest {

    @TempDir
    Path temp;

    static MimeMessage read(Path eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(Files.readAllBytes(eml)));
    }

    @Test
    void theDraftHasTextThenHtmlAndTheHeadersBulkMailNeeds() throws Exception {
        EmailRun run = EmailRun.of(EmailEditionTest.CONTENT, temp, "open-model-safety-tests");
        assertEquals(0, run.exit(), run::toString);

        MimeMessage message = read(temp.resolve("open-model-safety-tests.eml"));

        assertEquals("Open-weight AI developers agree on a shared safety test suite", message.getSubject());
        assertEquals(new InternetAddress("The Three-Part Brief <briefs@newsbrief.example>"), message.getFrom()[0]);
        assertEquals(new InternetAddress("Newsroom <newsroom@newsbrief.example>"), message.getReplyTo()[0]);
        assertEquals("<https://newsbrief.example/unsubscribe>", message.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post", null));
        assertEquals("1", message.getHeader("X-Unsent", null));
        assertEquals("Fri, 20 Nov 2026 08:30:00 GMT", message.getHeader("Date", null), "the brief's own moment");
        assertTrue(message.getMessageID().matches("<[0-9a-f]{32}\\.newsbrief@newsbrief\\.github\\.io>"),
                message.getMessageID());
        assertNull(message.getRecipients(jakarta.mail.Message.RecipientType.TO), "the service addresses it");
        assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain") && text.getContentType().contains("UTF-8"), text.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        assertEquals(SiteFiles.read(temp.resolve("open-model-safety-tests.txt")),
                ((String) text.getContent()).replace("\r\n", "\n"));
        assertEquals(SiteFiles.read(temp.resolve("open-model-safety-tests.html")),
                ((String) html.getContent()).replace("\r\n", "\n"));
    }

    @Test
    void aPlaceholderLeavesTheUnsubscribeHeadersToTheService() throws Exception {
        Path content = copyWithSettings("email: {from: \"Desk <desk@example.com>\", unsubscribe: \"{{ UnsubscribeURL }}\"}");
        EmailRun run = EmailRun.of(content, temp.resolve("out"), "open-model-safety-tests");
        assertEquals(0, run.exit(), run::toString);

        MimeMessage message = read(temp.resolve("out/open-model-safety-tests.eml"));

        assertNull(message.getHeader("List-Unsubscribe"));
        assertNull(message.getHeader("Reply-To"), "none set");
        assertTrue(SiteFiles.read(temp.resolve("out/open-model-safety-tests.html"))
                .contains("href=\"{{ UnsubscribeURL }}\""), "listmonk fills it in");
    }

    @Test
    void anyMachineWritesTheSameBytes() throws IOException {
        EmailRun first = EmailRun.of(EmailEditionTest.CONTENT, temp.resolve("a"), "--digest", "2026-07-07");
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Chatham"));
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("th-TH-u-nu-thai"));
            EmailRun second = EmailRun.of(EmailEditionTest.CONTENT, temp.resolve("b"), "--digest", "2026-07-07");
            assertEquals(0, first.exit() + second.exit(), first + "\n" + second);
        } finally {
            java.util.TimeZone.setDefault(zone);
            java.util.Locale.setDefault(locale);
        }
        assertArrayEquals(Files.readAllBytes(temp.resolve("a/2026-07-07.eml")),
                Files.readAllBytes(temp.resolve("b/2026-07-07.eml")));
    }

    /** The sample content with other email settings in site.yaml. */
    Path copyWithSettings(String emailSettings) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(EmailEditionTest.CONTENT, content);
        String site = SiteFiles.read(content.resolve("site.yaml"));
        Files.writeString(content.resolve("site.yaml"), site.substring(0, site.indexOf("email:")) + emailSettings + "\n");
        return content;
    }
}
