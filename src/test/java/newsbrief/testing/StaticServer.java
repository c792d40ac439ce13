package newsbrief.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a built site the way GitHub Pages serves a project page: below a path prefix, folders
 * as their {@code index.html}, and the site's {@code 404.html} for anything missing. Records every
 * path asked for, so a test can see that nothing outside the prefix was requested.
 */
public final class StaticServer implements AutoCloseable {

    private final HttpServer server;
    private final Path root;
    private final String prefix;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    public StaticServer(Path root, String prefix) throws IOException {
        this.root = root;
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
    }

    public List<String> requested() {
        return requested;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requested.add(path);
        Path file = resolve(path);
        int status = 200;
        if (file == null || !Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve("404.html");
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", contentType(file));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Path resolve(String path) {
        if (!path.startsWith(prefix)) {
            return null;
        }
        String relative = path.substring(prefix.length());
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (name.endsWith(".xml")) {
            return "application/xml; charset=utf-8";
        } else if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        return "text/plain; charset=utf-8";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
