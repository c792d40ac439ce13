package newsbrief.serve;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which {@code Host} headers the preview answers. Against DNS rebinding: a web page whose name
 * its owner points at 127.0.0.1 reaches the preview, but its requests still carry its own name,
 * and are refused. Names are compared as text and never looked up.
 * <ul>
 * <li>bound to a loopback address: {@code localhost}, {@code 127.0.0.1}, {@code [::1]} and that address;
 * <li>bound to another address: that address (and the name it was given as);
 * <li>bound to a wildcard: the loopback names, every address of this machine's interfaces at
 *     start, and its host name;
 * </ul>
 * each with the port served ({@code localhost:8080}); without a port, only when the port is 80.
 */
final class HostCheck {

    private static final int DEFAULT_PORT = 80;

    private final int port;
    private final Set<String> names;
    private final Set<InetAddress> addresses;

    private HostCheck(int port, Set<String> names, Set<InetAddress> addresses) {
        this.port = port;
        this.names = Set.copyOf(names);
        this.addresses = Set.copyOf(addresses);
    }

    static HostCheck of(ServeAddress served, int boundPort) {
        Set<String> names = new HashSet<>();
        Set<InetAddress> addresses = new HashSet<>();
        if (ServeAddress.ipLiteral(served.lowerCaseName()).isEmpty()) {
            names.add(served.lowerCaseName());
        }
        if (!served.wildcard()) {
            addresses.add(served.address());
        }
        if (served.wildcard() || served.address().isLoopbackAddress()) {
            names.add("localhost");
            addresses.addAll(List.of(ServeAddress.loopback(false), ServeAddress.loopback(true)));
        }
        if (served.wildcard()) {
            addresses.addAll(interfaceAddresses());
            hostName().ifPresent(names::add);
        }
        return new HostCheck(boundPort, names, addresses);
    }

    /** Whether to answer: one Host header naming the address served, and no other in the request line. */
    boolean allows(HttpExchange exchange) {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        String authority = exchange.getRequestURI().getRawAuthority();
        return hosts != null && hosts.size() == 1 && allows(hosts.get(0))
                && (authority == null || allows(authority));
    }

    /** Whether {@code host} ({@code name[:port]} or {@code [v6][:port]}) names the address served. */
    boolean allows(String host) {
        String text = host.strip();
        int portStart = text.startsWith("[") ? text.indexOf(']') + 1 : text.lastIndexOf(':');
        if (portStart <= 0) {
            portStart = text.length();
        }
        String name = text.substring(0, portStart).toLowerCase(Locale.ROOT);
        String portText = text.substring(portStart);
        if (!portMatches(portText) || name.isEmpty()) {
            return false;
        }
        Optional<InetAddress> address = ServeAddress.ipLiteral(name);
        return address.isPresent() ? addresses.contains(address.get()) : names.contains(name);
    }

    private boolean portMatches(String text) {
        if (text.isEmpty()) {
            return port == DEFAULT_PORT;
        }
        String digits = text.substring(1);
        return text.charAt(0) == ':' && !digits.isEmpty() && digits.length() <= 5
                && digits.chars().allMatch(c -> c >= '0' && c <= '9') && Integer.parseInt(digits) == port;
    }

    private static Set<InetAddress> interfaceAddresses() {
        try {
            return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .collect(Collectors.toSet());
        } catch (SocketException e) {
            // No list of interfaces: the loopback names still work.
            return Set.of();
        }
    }

    private static Optional<String> hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            return ServeAddress.ipLiteral(name).isPresent() ? Optional.empty() : Optional.of(name);
        } catch (UnknownHostException e) {
            // The machine's name does not resolve; its addresses and the loopback names still work.
            return Optional.empty();
        }
    }
}
