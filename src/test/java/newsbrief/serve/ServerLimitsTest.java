package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server takes on a bounded amount: a fixed number of page threads, each request within a
 * time limit, and live-reload streams on threads of their own.
 */
class ServerLimitsTest {

    private static final Duration EXCHANGE_TIME = Duration.ofMillis(500);

    private final List<AutoCloseable> open = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private LiveReload live;

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private DevServer start(int threads, LiveReload reload) throws IOException {
        live = reload;
        DevServer server = new DevServer(ServeAddress.of("127.0.0.1", 0), live,
                new DevServer.Limits(threads, 8, EXCHANGE_TIME));
        server.show(new SiteSnapshot(Map.of("index.html", "<p>Home</p>".getBytes(StandardCharsets.UTF_8))));
        open.add(server);
        return server;
    }

    private Socket halfARequest(URI address) throws IOException {
        Socket socket = RawHttp.connect(address);
        open.add(socket);
        socket.getOutputStream().write("GET / HT".getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Whether the server closed the connection (end of stream or reset) before the read timeout. */
    private static boolean closedByServer(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException e) {
            return true;
        }
    }

    private HttpResponse<String> get(URI address) throws Exception {
        return http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void halfSentRequestsAreCutOffAndTheRequestsBehindThemAnswered() throws Exception {
        DevServer server = start(2, new LiveReload());
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            slow.add(halfARequest(server.address()));
        }

        CompletableFuture<HttpResponse<String>> behind = http.sendAsync(
                HttpRequest.newBuilder(server.address()).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());

        for (Socket socket : slow) {
            assertTrue(closedByServer(socket), "the server closes a half-sent request");
        }
        assertEquals(200, behind.get(20, TimeUnit.SECONDS).statusCode(), "answered by one of the 2 threads, once freed");
    }

    @Test
    void openLiveReloadStreamsLeaveThePageThreadsFreeAndOutliveTheTimeLimit() throws Exception {
        DevServer server = start(1, new LiveReload());
        List<BlockingQueue<String>> streams = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(server.address().resolve("/__newsbrief/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            streams.add(RawHttp.lines(response.body()));
        }
        for (BlockingQueue<String> stream : streams) {
            assertEquals("event: ready", next(stream, "event: "));
        }

        assertEquals(200, get(server.address()).statusCode(), "a page, with every stream open and one page thread");
        // Longer than any page may take: the streams are not cut by the page time limit.
        Thread.sleep(EXCHANGE_TIME.toMillis() * 3);
        live.reload(1);

        for (BlockingQueue<String> stream : streams) {
            assertEquals("event: reload", next(stream, "event: "));
        }
    }

    @Test
    void aStreamPastTheLimitIsAnswered503() throws Exception {
        DevServer server = start(2, new LiveReload(2));
        URI events = server.address().resolve("/__newsbrief/events");
        for (int i = 0; i < 2; i++) {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(events).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals("event: ready", next(RawHttp.lines(response.body()), "event: "));
        }

        HttpResponse<String> third = http.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(503, third.statusCode());
        assertEquals("too many live-reload connections (at most 2); close some preview tabs\n", third.body());
    }

    /** The next line that starts with {@code prefix}. */
    private static String next(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        for (String line = lines.poll(20, TimeUnit.SECONDS); line != null; line = lines.poll(20, TimeUnit.SECONDS)) {
            if (line.startsWith(prefix) || line.equals("<closed>")) {
                return line;
            }
        }
        return "<nothing within 20 s>";
    }
}
