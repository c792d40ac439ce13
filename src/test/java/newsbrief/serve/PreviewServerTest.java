package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsbrief.site.SiteWriter;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview over HTTP, with real file watching: save, and the page hears about it. */
class PreviewServerTest {

    @TempDir
    Path temp;

    private Path content;
    private PreviewSession session;
    private final StringWriter console = new StringWriter();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        session = new PreviewSession(Path.of(""), content, temp.resolve("no-templates"), "127.0.0.1", 0,
                temp.resolve("classes"), new PrintWriter(console, true), false);
        session.watch();
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = session.server().address().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the event stream on another thread; each complete event lands in the queue. */
    private BlockingQueue<String> listen() throws IOException, InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(session.server().address().resolve("/__newsbrief/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                StringBuilder event = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (event.length() > 0) {
                            events.add(event.toString());
                        }
                        event.setLength(0);
                    } else {
                        event.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // The server stopped.
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    private static String next(BlockingQueue<String> events, String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            String event = events.poll(200, TimeUnit.MILLISECONDS);
            if (event != null && event.contains("event: " + name + "\n")) {
                return event;
            }
        }
        throw new AssertionError("no \"" + name + "\" event within 15 s");
    }

    @Test
    void servesPagesWithTheLiveScriptAndTheNotFoundPage() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<script src=\"/__newsbrief/live.js\"></script></body>"));
        assertEquals(200, get("/briefs/river-levels/").statusCode());
        assertEquals(200, get("/__newsbrief/live.js").statusCode());
        HttpResponse<String> missing = get("/no/such/page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertTrue(console.toString().contains("(first build)"), console::toString);
    }

    @Test
    void answersGetAndHeadOnlyAsTheStaticHostWould() throws Exception {
        URI home = session.server().address().resolve("/");
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(home).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(home).method(method,
                    HttpRequest.BodyPublishers.ofString("subscriber=a@example.org")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, answer.statusCode(), method);
            assertEquals("GET, HEAD", answer.headers().firstValue("Allow").orElse(""), method);
            assertFalse(answer.body().contains("<html"), method + " must not be answered with the page");
        }
    }

    @Test
    void aSavedChangeReachesOpenPagesAndTheServedPage() throws Exception {
        BlockingQueue<String> events = listen();
        next(events, "ready");
        Path river = content.resolve("briefs/2026-10-05-river-levels.md");

        Files.writeString(river, SiteFiles.read(river).replace("arrived early", "arrived a month early"));

        next(events, "reload");
        assertTrue(get("/briefs/river-levels/").body().contains("arrived a month early"));
        assertTrue(console.toString().contains("2026-10-05-river-levels.md changed)"), console::toString);
    }

    @Test
    void aBrokenSaveShowsItsDiagnosticsAndAGoodSaveRecovers() throws Exception {
        BlockingQueue<String> events = listen();
        next(events, "ready");
        Path river = content.resolve("briefs/2026-10-05-river-levels.md");
        String good = SiteFiles.read(river);

        Files.writeString(river, good.replace("## The Signal", "## The Singal"));
        String errors = next(events, "errors");

        assertTrue(errors.contains("\"rule\" : \"section-unknown\""), errors);
        assertTrue(errors.contains("\"line\" : 14"), errors);
        assertTrue(errors.contains("\"source\" : \"## The Singal\""), errors);
        assertTrue(get("/briefs/river-levels/").body().contains("arrived early"), "the last good build is served");
        assertTrue(console.toString().contains("still serving the last good build"), console::toString);
        BlockingQueue<String> lateComer = listen();
        assertTrue(next(lateComer, "errors").contains("section-unknown"), "a page opened now sees the errors too");

        Files.writeString(river, good);

        next(events, "reload");
        assertFalse(get("/").body().isEmpty());
    }

    @Test
    void aContentFolderDeletedAndMadeAgainIsServedAndWatchedAgain() throws Exception {
        BlockingQueue<String> events = listen();
        next(events, "ready");
        Path copy = temp.resolve("restored");
        SiteFiles.copyTree(content, copy);

        SiteWriter.deleteTree(content);
        next(events, "errors");
        Files.move(copy, content, StandardCopyOption.ATOMIC_MOVE);
        next(events, "reload");
        Path river = content.resolve("briefs/2026-10-05-river-levels.md");
        Files.writeString(river, SiteFiles.read(river).replace("arrived early", "arrived after the restore"));

        next(events, "reload");
        assertTrue(get("/briefs/river-levels/").body().contains("arrived after the restore"));
    }

    @Test
    void saysWhichPortIsTakenWhenItIs() {
        int taken = session.server().address().getPort();

        DevServer.PortInUseException error = assertThrows(DevServer.PortInUseException.class,
                () -> new DevServer("127.0.0.1", taken, new LiveReload()));
        assertTrue(error.getMessage().startsWith("port " + taken + " on 127.0.0.1 is already in use"));
    }
}
