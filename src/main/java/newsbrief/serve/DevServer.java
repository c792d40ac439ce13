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
import java.time.Duration;
import java.util.Optional;

/**
 * Serves the preview on the JDK's HTTP server: the latest good {@link SiteSnapshot} from memory,
 * the site's 404 page for anything missing, and, in every HTML page, a small script that listens
 * to {@link LiveReload}. The script exists only here: built sites never contain it.
 * <p>
 * Hardened for a machine whose browser also visits other sites: a request whose Host header does
 * not name the address served gets 403 ({@link HostCheck}, against DNS rebinding); pages are
 * served by a fixed number of threads, each exchange within a time limit ({@link ExchangeThreads});
 * a path with {@code ..}, {@code .}, a backslash or NUL finds nothing.
 */
public final class DevServer implements AutoCloseable {

    static final String PREFIX = "/__newsbrief/";
    private static final String SCRIPT_TAG = "<script src=\"" + PREFIX + "live.js\"></script>";

    /**
     * How much the server takes on.
     *
     * @param threads      threads serving pages (live-reload streams have their own)
     * @param queued       requests waiting for a thread; past that, connections are closed
     * @param exchangeTime the longest a request may take to arrive and its page to be sent
     */
    record Limits(int threads, int queued, Duration exchangeTime) {
        static final Limits DEFAULT = new Limits(16, 64, Duration.ofSeconds(10));
    }

    private final HttpServer server;
    private final ExchangeThreads threads;
    private final ServeAddress served;
    private final HostCheck hosts;
    private final LiveReload live;
    private final byte[] script;
    private volatile SiteSnapshot site;

    /**
     * Starts serving at once, with nothing to show until the first good build.
     *
     * @throws ServeAddress.UnusableAddressException when the host or port cannot be served on
     * @throws PortInUseException                    when another program has the port
     */
    public DevServer(String host, int port, LiveReload live) throws IOException {
        this(ServeAddress.of(host, port), live, Limits.DEFAULT);
    }

    DevServer(ServeAddress served, LiveReload live, Limits limits) throws IOException {
        this.served = served;
        this.live = live;
        try (InputStream in = DevServer.class.getResourceAsStream("/newsbrief/serve/live.js")) {
            this.script = in.readAllBytes();
        }
        this.server = bind(served);
        this.hosts = HostCheck.of(served, server.getAddress().getPort());
        this.threads = new ExchangeThreads(limits.threads(), limits.queued(), limits.exchangeTime());
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    private static HttpServer bind(ServeAddress served) throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(served.address(), served.port()), 0);
        } catch (BindException e) {
            // The JDK tells "in use" from "not allowed" (a port below 1024) only in its message.
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("in use")) {
                throw new PortInUseException(served.name(), served.port(), e);
            }
            throw new ServeAddress.UnusableAddressException("cannot serve on port " + served.port() + " of "
                    + served.name() + ": " + reason, e);
        }
    }

    /**
     * Where the preview is, e.g. {@code http://127.0.0.1:8080/} or {@code http://[::1]:8080/}; for a
     * wildcard address, the loopback address of its family, which a browser on this machine opens.
     */
    public URI address() {
        return served.uri(server.getAddress().getPort());
    }

    /** Serves this build from now on. */
    public void show(SiteSnapshot snapshot) {
        site = snapshot;
    }

    /** The methods a static site answers. */
    private static final java.util.Set<String> READ_METHODS = java.util.Set.of("GET", "HEAD");

    private void handle(HttpExchange exchange) throws IOException {
        if (!hosts.allows(exchange)) {
            try (exchange) {
                send(exchange, 403, "text/plain; charset=utf-8", ("forbidden: this preview answers only at "
                        + address() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        if (!READ_METHODS.contains(exchange.getRequestMethod())) {
            // A static site answers GET and HEAD only, as GitHub Pages does: a form that posts to
            // a page should fail here as it will when published, not quietly get the page.
            try (exchange) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8",
                        "method not allowed: the preview, like the published site, answers GET and HEAD\n"
                                .getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if ((PREFIX + "events").equals(path)) {
            live.open(exchange);
            return;
        }
        try (exchange) {
            if ((PREFIX + "live.js").equals(path)) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
            } else {
                serveSite(exchange, sitePath(path));
            }
        }
    }

    /**
     * The site path of a request path ({@code /briefs/x/} is {@code briefs/x/}), or empty for one
     * that tries to step out of the site: {@code .} or {@code ..} as a segment, a backslash or NUL
     * (the JDK has decoded {@code %2e} and {@code %00} by now). The snapshot is a map in memory,
     * so such a path could find nothing anyway; this keeps it so whatever the snapshot becomes.
     */
    static Optional<String> sitePath(String requestPath) {
        if (requestPath == null || !requestPath.startsWith("/") || requestPath.indexOf('\0') >= 0
                || requestPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String path = requestPath.substring(1);
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    private void serveSite(HttpExchange exchange, Optional<String> sitePath) throws IOException {
        SiteSnapshot current = site;
        if (current == null) {
            send(exchange, 503, "text/html; charset=utf-8", withScript(("<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><title>newsbrief preview</title></head><body>"
                    + "<p>The site has not been built yet; the problems are shown here.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8)));
            return;
        }
        String path = sitePath.orElse("");
        Optional<byte[]> file = sitePath.flatMap(current::file);
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
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        live.close();
        server.stop(0);
        threads.close();
    }

    /** The port is taken; the message names it. */
    public static final class PortInUseException extends ServeAddress.UnusableAddressException {
        private static final long serialVersionUID = 1L;

        PortInUseException(String host, int port, Throwable cause) {
            super("port " + port + " on " + host + " is already in use; stop the other server or choose "
                    + "another with --port", cause);
        }
    }
}
