package newsbrief.serve;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * HTTP written by hand, as a hostile page or a slow client would send it: any Host header, any
 * path, half a request. java.net.http will not send a Host header of our choosing.
 */
final class RawHttp {

    /** No test waits longer than this for a read; a server that should answer sooner has failed. */
    static final int READ_TIMEOUT_MILLIS = 20_000;

    private RawHttp() {
    }

    /**
     * The response to one request, as text; the request is sent as written, with CRLF line ends.
     * A response still going after {@link #READ_TIMEOUT_MILLIS} (an event stream) is cut there.
     */
    static String exchange(URI server, String... requestLines) throws IOException {
        try (Socket socket = connect(server)) {
            socket.getOutputStream().write(request(requestLines));
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READ_TIMEOUT_MILLIS);
            byte[] buffer = new byte[8192];
            int n;
            while (System.nanoTime() < deadline && (n = socket.getInputStream().read(buffer)) >= 0) {
                response.write(buffer, 0, n);
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    /** {@code GET path} with this Host header (none when null), closing the connection after it. */
    static String get(URI server, String path, String host) throws IOException {
        return host == null ? exchange(server, "GET " + path + " HTTP/1.0")
                : exchange(server, "GET " + path + " HTTP/1.1", "Host: " + host, "Connection: close");
    }

    static byte[] request(String... lines) {
        return (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static Socket connect(URI server) throws IOException {
        String host = server.getHost().replace("[", "").replace("]", "");
        Socket socket = new Socket(InetAddress.getByName(host), server.getPort());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    /** The status code of a response: {@code HTTP/1.1 403 Forbidden ...} is 403. */
    static int status(String response) {
        return Integer.parseInt(response.substring(response.indexOf(' ') + 1, response.indexOf(' ') + 4));
    }

    /** The body of a response, after the blank line. */
    static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    /** Reads an event stream on a daemon thread; each line lands in the queue. */
    static BlockingQueue<String> lines(InputStream stream) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The stream ended.
            }
            lines.add("<closed>");
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
