package newsbrief.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the preview on the JDK's HTTP server: the latest good {@link SiteSnapshot} from memory,
 * the site's 404 page for anything missing, and, in every HTML page, a small script that listens
 * to {@link LiveReload}. The script exists only here: built sites never contain it.
 */
public final class DevServer implements AutoCloseable {

    static final String PREFIX = "/__newsbrief/";
    private static final String SCRIPT_TAG = "<script src=\"" + PREFIX + "live.js\"></script>";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "newsbrief-http");
        thread.setDaemon(true);
        return thread;
    });
    private final LiveReload live;
    private final byte[] script;
    private volatile SiteSnapshot site;

    /**
     * Starts serving at once, with nothing to show until the first good build.
     *
     * @throws PortInUseException when another program has the port
     */
    public DevServer(String host, int port, LiveReload live) throws IOException {
        this.live = live;
        try (InputStream in = DevServer.class.getResourceAsStream("/newsbrief/serve/live.js")) {
            this.script = in.readAllBytes();
        }
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            throw new PortInUseException(host, port, e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Where the preview is, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
    }

    /** Serves this build from now on. */
    public void show(SiteSnapshot snapshot) {
        site = snapshot;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(PREFIX + "events")) {
                live.stream(exchange);
            } else if (path.equals(PREFIX + "live.js")) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
            } else {
                serveSite(exchange, path.substring(1));
            }
        }
    }

    private void serveSite(HttpExchange exchange, String path) throws IOException {
        SiteSnapshot current = site;
        if (current == null) {
            send(exchange, 503, "text/html; charset=utf-8", withScript(("<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><title>newsbrief preview</title></head><body>"
                    + "<p>The site has not been built yet; the problems are shown here.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8)));
            return;
        }
        Optional<byte[]> file = current.file(path);
        int status = 200;
        if (file.isEmpty()) {
            status = 404;
            path = "404.html";
            file = current.file(path);
        }
        byte[] body = file.orElse("Not found".getBytes(StandardCharsets.UTF_8));
        String type = contentType(path);
        send(exchange, status, type, type.startsWith("text/html") ? withScript(body) : body);
    }

    /** The page with the live-reload script before its {@code </body>}. */
    static byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String withScript = end < 0 ? page + SCRIPT_TAG : page.substring(0, end) + SCRIPT_TAG + page.substring(end);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }

    static String contentType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty() || path.endsWith(".html") || !name.contains(".") && !name.equals("CNAME")) {
            return "text/html; charset=utf-8";
        } else if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (path.endsWith(".xml")) {
            return "application/xml; charset=utf-8";
        } else if (path.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        return "text/plain; charset=utf-8";
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        live.close();
        server.stop(0);
        threads.shutdownNow();
    }

    /** The port is taken; the message names it. */
    public static final class PortInUseException extends IOException {
        private static final long serialVersionUID = 1L;

        PortInUseException(String host, int port, Throwable cause) {
            super("port " + port + " on " + host + " is already in use; stop the other server or choose "
                    + "another with --port", cause);
        }
    }
}
