package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that a page of another site could make through DNS rebinding, and paths that try to
 * step out of the site, sent by hand to a server on 127.0.0.1.
 */
class HostHeaderTest {

    private DevServer server;
    private URI address;
    private int port;

    @BeforeEach
    void start() throws IOException {
        server = new DevServer("127.0.0.1", 0, new LiveReload());
        server.show(new SiteSnapshot(Map.of(
                "index.html", page("Home"),
                "404.html", page("Page not found"),
                "briefs/river-levels/index.html", page("River levels"))));
        address = server.address();
        port = address.getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] page(String title) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body><h1>" + title
                + "</h1></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:%d", "LocalHost:%d", "127.0.0.1:%d", "[::1]:%d", "[0:0:0:0:0:0:0:1]:%d"})
    void answersTheLoopbackNamesWithThePort(String host) throws IOException {
        String response = RawHttp.get(address, "/", host.formatted(port));

        assertEquals(200, RawHttp.status(response), response);
        assertTrue(RawHttp.body(response).contains("<h1>Home</h1>"), response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rebind.attacker.example:%d", "127.0.0.1.nip.io:%d", "localhost.attacker.example:%d",
            "localhost", "127.0.0.1", "localhost:1", "localhost:%d:%d", "[::1", "2130706433:%d", "127.1:%d", ":%d", ""})
    void refusesEveryOtherHostWith403(String host) throws IOException {
        String response = RawHttp.get(address, "/briefs/river-levels/", host.formatted(port, port));

        assertEquals(403, RawHttp.status(response), response);
        assertEquals("forbidden: this preview answers only at " + address + "\n", RawHttp.body(response));
        assertFalse(response.contains("River levels"), response);
    }

    @Test
    void refusesTheEventStreamAndTheScriptToAForeignHost() throws IOException {
        String events = RawHttp.get(address, "/__newsbrief/events", "rebind.attacker.example:" + port);
        String script = RawHttp.get(address, "/__newsbrief/live.js", "rebind.attacker.example:" + port);

        assertEquals(403, RawHttp.status(events), events);
        assertFalse(events.contains("text/event-stream"), events);
        assertFalse(events.contains("event:"), events);
        assertEquals(403, RawHttp.status(script), script);
    }

    @Test
    void refusesARequestWithoutAHostOrWithTwo() throws IOException {
        String none = RawHttp.get(address, "/", null);
        String two = RawHttp.exchange(address, "GET / HTTP/1.1", "Host: localhost:" + port,
                "Host: rebind.attacker.example:" + port, "Connection: close");

        // Newer JDK updates (17.0.21) refuse an HTTP/1.1 request without Host themselves, with 400,
        // before the preview sees it; either way nothing is served.
        int noHost = RawHttp.status(none);
        assertTrue(noHost == 403 || noHost == 400, none);
        int twoHosts = RawHttp.status(two);
        assertTrue(twoHosts == 403 || twoHosts == 400, two);
    }

    @Test
    void refusesAForeignNameInAnAbsoluteRequestLine() throws IOException {
        String response = RawHttp.exchange(address, "GET http://rebind.attacker.example:" + port + "/ HTTP/1.1",
                "Host: localhost:" + port, "Connection: close");

        assertEquals(403, RawHttp.status(response), response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/briefs/%2E%2E/%2E%2E/etc/passwd",
            "/..%2f..%2f..%2fetc/passwd", "/briefs/river-levels/%00", "/briefs/river-levels/index.html%00.css",
            "/briefs/./river-levels/", "/briefs/x/../river-levels/", "/%5c..%5cetc/passwd"})
    void aPathThatStepsOutOfTheSiteFindsNothing(String path) throws IOException {
        String response = RawHttp.get(address, path, "localhost:" + port);

        assertEquals(404, RawHttp.status(response), path + "\n" + response);
        assertTrue(RawHttp.body(response).contains("Page not found"), response);
        assertFalse(response.contains("root:"), response);
    }
}
