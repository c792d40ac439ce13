package newsbrief.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages what happened, over Server-Sent Events ({@code /__newsbrief/events}):
 * <pre>
 * event: reload     the site was rebuilt; reload the page
 * event: errors     the last save broke the build; data is the JSON array of diagnostics
 * event: ready      connected, and the last build was good
 * </pre>
 * A page that connects while the build is broken gets the errors at once. Each connection holds
 * one thread of its own, apart from the threads that serve pages, so open pages never starve page
 * requests; at most {@value #MAX_STREAMS} are open at once, and one more is answered 503. Every
 * {@value #HEARTBEAT_SECONDS} seconds a comment is sent, so that a closed tab is noticed and its
 * thread freed.
 */
public final class LiveReload {

    static final int HEARTBEAT_SECONDS = 15;
    static final int MAX_STREAMS = 32;

    private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor streams;
    private volatile String current = event("ready", "{}");
    private volatile boolean closed;

    public LiveReload() {
        this(MAX_STREAMS);
    }

    LiveReload(int maxStreams) {
        // No queue: a stream past the limit is refused at once rather than left waiting.
        this.streams = new ThreadPoolExecutor(0, maxStreams, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                ExchangeThreads.named("newsbrief-live"));
    }

    /** The site was rebuilt: every open page reloads. */
    public void reload(int pages) {
        current = event("ready", "{}");
        broadcast(event("reload", "{\"pages\":" + pages + "}"));
    }

    /** The build broke: every open page shows the diagnostics ({@code json}, a JSON array). */
    public void errors(String json) {
        current = event("errors", json);
        broadcast(current);
    }

    private void broadcast(String message) {
        clients.forEach(queue -> queue.offer(message));
    }

    static String event(String name, String data) {
        StringBuilder message = new StringBuilder("event: ").append(name).append('\n');
        data.lines().forEach(line -> message.append("data: ").append(line).append('\n'));
        return message.append('\n').toString();
    }

    /**
     * Streams to this connection on a thread of its own, and returns at once; the exchange is
     * closed when the page goes away or the server stops. Past {@link #MAX_STREAMS}, answers 503.
     */
    void open(HttpExchange exchange) throws IOException {
        try {
            streams.execute(() -> stream(exchange));
        } catch (RejectedExecutionException e) {
            try (exchange) {
                byte[] body = ("too many live-reload connections (at most " + streams.getMaximumPoolSize()
                        + "); close some preview tabs\n").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(503, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }

    private void stream(HttpExchange exchange) {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        // Listen first, then say how things stand: an event sent in between is not lost.
        clients.add(queue);
        queue.offer("retry: 500\n\n" + current);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            while (!closed) {
                String message = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                out.write((message == null ? ": ping\n\n" : message).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page was closed or reloaded; its next connection starts afresh.
        } finally {
            clients.remove(queue);
        }
    }

    /** Ends every connection. */
    void close() {
        closed = true;
        broadcast(": bye\n\n");
        streams.shutdown();
    }
}
