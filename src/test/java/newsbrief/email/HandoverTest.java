package newsbrief.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Handing the edition over: a test copy to an SMTP server, drafts to fake Buttondown and listmonk APIs. */
class HandoverTest {

    private static final String SLUG = "open-model-safety-tests";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("desk", "secret"));

    @TempDir
    Path temp;

    private HttpServer server;

    /** One request the fake API received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> String.join(",", e.getValue())).orElse(null);
        }
    }

    /** A local API that records every request and answers with {@code status} and {@code answer}. */
    List<Received> fakeApi(int status, String answer) throws IOException {
        List<Received> received = new CopyOnWriteArrayList<>();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return received;
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopApi() {
        if (server != null) {
            server.stop(0);
        }
    }

    EmailRun email(Map<String, String> environment, String... more) {
        return EmailRun.withEnvironment(environment, EmailEditionTest.CONTENT, temp.resolve("out"), more);
    }

    @Test
    void sendsOneTestCopyThroughSmtp() throws Exception {
        String server = "smtp://127.0.0.1:" + SMTP.getSmtp().getPort();

        EmailRun run = email(Map.of("SMTP_USER", "desk", "SMTP_PASSWORD", "secret"), "--send", server,
                "--to", "editor@example.com", SLUG);

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("sent a test copy of " + SLUG + " to editor@example.com"), run::toString);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage copy = received[0];
        assertEquals("Open-weight AI developers agree on a shared safety test suite", copy.getSubject());
        assertEquals("editor@example.com", copy.getHeader("To", null));
        assertNull(copy.getHeader("X-Unsent"), "a sent copy is no longer a draft");
        MimeMultipart parts = (MimeMultipart) copy.getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain") && parts.getBodyPart(1).isMimeType("text/html"));
    }

    @Test
    void pushesADraftToButtondown() throws Exception {
        List<Received> received = fakeApi(201, "{\"id\": \"em_123\", \"status\": \"draft\"}");

        EmailRun run = email(Map.of("BUTTONDOWN_API_KEY", "key-1", "BUTTONDOWN_API_URL", apiUrl()), "--push",
                "buttondown", SLUG);

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("created Buttondown draft em_123 for " + SLUG), run::toString);
        assertEquals(1, received.size());
        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("/v1/emails", request.path());
        assertEquals("Token key-1", request.header("Authorization"));
        assertTrue(request.header("Content-Type").startsWith("application/json"));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertEquals("draft", body.get("status").asText(), "always a draft");
        assertEquals("Open-weight AI developers agree on a shared safety test suite", body.get("subject").asText());
        assertEquals(SiteFiles.read(temp.resolve("out/" + SLUG + ".html")), body.get("body").asText());
        assertEquals(3, body.size(), body.toString());
    }

    @Test
    void pushesADraftCampaignToListmonk() throws Exception {
        List<Received> received = fakeApi(200, "{\"data\": {\"id\": 42, \"status\": \"draft\"}}");

        EmailRun run = email(Map.of("LISTMONK_URL", apiUrl() + "/", "LISTMONK_USER", "api", "LISTMONK_TOKEN", "tok"),
                "--push", "listmonk", "--list", "7", SLUG);

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("created listmonk draft campaign 42 for " + SLUG), run::toString);
        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("/api/campaigns", request.path());
        assertEquals("token api:tok", request.header("Authorization"));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertEquals("Open-weight AI developers agree on a shared safety test suite", body.get("subject").asText());
        assertEquals("[7]", body.get("lists").toString());
        assertEquals("regular", body.get("type").asText());
        assertEquals("html", body.get("content_type").asText());
        assertEquals(SiteFiles.read(temp.resolve("out/" + SLUG + ".html")), body.get("body").asText());
        assertEquals(SiteFiles.read(temp.resolve("out/" + SLUG + ".txt")), body.get("altbody").asText());
        assertEquals("The Three-Part Brief <briefs@newsbrief.example>", body.get("from_email").asText());
        assertEquals("Open-weight AI developers agree on a shared safety test suite (" + SLUG + ")",
                body.get("name").asText());
    }

    @Test
    void aMissingKeyIsOneLineAndNothingIsRead() {
        EmailRun run = email(Map.of(), "--push", "buttondown");

        assertEquals(2, run.exit(), run::toString);
        assertEquals("error: BUTTONDOWN_API_KEY is not set; --push buttondown needs the API key from Buttondown's "
                + "settings\n", run.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void listmonkNeedsItsList() {
        EmailRun run = email(Map.of("LISTMONK_URL", "https://lists.example.com", "LISTMONK_USER", "api",
                "LISTMONK_TOKEN", "tok"), "--push", "listmonk");

        assertEquals(2, run.exit(), run::toString);
        assertEquals("error: --push listmonk needs --list ID, the list the campaign goes to\n", run.err());
    }

    @Test
    void aRefusalFromTheServiceIsOneLine() throws Exception {
        fakeApi(401, "{\"detail\": \"Invalid token.\"}");

        EmailRun run = email(Map.of("BUTTONDOWN_API_KEY", "wrong", "BUTTONDOWN_API_URL", apiUrl()), "--push",
                "buttondown", SLUG);

        assertEquals(2, run.exit(), run::toString);
        assertTrue(("\n" + run.err()).endsWith("\nerror: Buttondown answered 401 to POST " + apiUrl() + "/v1/emails: "
                + "{\"detail\": \"Invalid token.\"}\n"), run::toString);
        assertTrue(Files.exists(temp.resolve("out/" + SLUG + ".eml")), "the edition is written all the same");
    }
}
