package newsbrief.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the preview listens, checked before anything is bound: {@code --host} must be an IP
 * address or a host name of this machine, {@code --port} 0 to 65535. A wildcard address
 * ({@code 0.0.0.0}, {@code ::}) listens on every interface; the browser is then sent to the
 * loopback address of the same family.
 *
 * @param name    the host as given, e.g. {@code localhost} or {@code ::1}
 * @param address what it resolved to
 * @param port    the port asked for; 0 picks a free one
 */
public record ServeAddress(String name, InetAddress address, int port) {

    public ServeAddress {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }

    /**
     * Checks and resolves {@code --host} and {@code --port}.
     *
     * @throws UnusableAddressException naming the problem in one line
     */
    public static ServeAddress of(String host, int port) throws UnusableAddressException {
        if (port < 0 || port > 65535) {
            throw new UnusableAddressException("--port must be 0 to 65535, got " + port);
        }
        String name = host.strip();
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (!isHostSyntax(name)) {
            throw new UnusableAddressException("--host \"" + host + "\" is not a host name or IP address");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(name);
        } catch (UnknownHostException e) {
            throw new UnusableAddressException("--host " + host + " cannot be resolved to an address");
        }
        if (!isOfThisMachine(address)) {
            String resolved = ipLiteral(name).isPresent() ? "" : " (" + address.getHostAddress() + ")";
            throw new UnusableAddressException("--host " + host + resolved + " is not an address of this machine");
        }
        return new ServeAddress(name, address, port);
    }

    /** An IP address or a host name as java.net.URI reads them, and nothing else (no user, port or path). */
    private static boolean isHostSyntax(String name) {
        String authority = literal(name);
        try {
            URI uri = new URI("http://" + authority + "/");
            return authority.equals(uri.getHost()) && authority.equals(uri.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isOfThisMachine(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** The host as it stands in a URL: IPv6 in brackets. */
    static String literal(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /**
     * The address, when {@code name} is an IP literal ({@code 127.0.0.1}, {@code ::1}, {@code [::1]});
     * empty for a host name. Only literals are handed to InetAddress, which parses them without a lookup.
     */
    static Optional<InetAddress> ipLiteral(String name) {
        boolean v6 = name.contains(":");
        if (!v6 && !isDottedQuad(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(v6 && !name.startsWith("[") ? "[" + name + "]" : name));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isDottedQuad(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** {@code 127.0.0.1}, or {@code ::1}. */
    static InetAddress loopback(boolean v6) {
        byte[] loopback = v6 ? new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1} : new byte[] {127, 0, 0, 1};
        try {
            return InetAddress.getByAddress("localhost", loopback);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are an IP address", e);
        }
    }

    /** Every interface, not one address. */
    public boolean wildcard() {
        return address.isAnyLocalAddress();
    }

    /** The lower-case name, for comparing with Host headers. */
    String lowerCaseName() {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * What a browser on this machine opens: the host as given ({@code http://[::1]:8080/},
     * {@code http://localhost:8080/}), and for a wildcard the loopback address of its family.
     */
    URI uri(int boundPort) {
        String host = literal(name);
        if (wildcard()) {
            host = address.getAddress().length == 16 ? "[::1]" : "127.0.0.1";
        }
        return URI.create("http://" + host + ":" + boundPort + "/");
    }

    /** A warning when other machines can reach the preview, with its drafts. */
    public Optional<String> warning() {
        if (address.isLoopbackAddress()) {
            return Optional.empty();
        }
        String where = wildcard() ? "every network interface (" + literal(name) + ")" : literal(name);
        return Optional.of("warning: serving on " + where + ": anyone who can reach this machine can read the "
                + "preview, drafts and scheduled briefs included; use --host 127.0.0.1 to keep it to this machine");
    }

    /** A {@code --host} or {@code --port} that cannot be served on; the message names it in one line. */
    public static class UnusableAddressException extends IOException {
        private static final long serialVersionUID = 1L;

        public UnusableAddressException(String message) {
            super(message);
        }

        protected UnusableAddressException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
