package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Host headers are answered, for each kind of address served; nothing here is looked up. */
class HostCheckTest {

    private static HostCheck servedAt(String name, String address, int port) throws Exception {
        return HostCheck.of(new ServeAddress(name, InetAddress.getByName(address), 0), port);
    }

    @Test
    void aLoopbackAddressAnswersTheLoopbackNames() throws Exception {
        HostCheck check = servedAt("127.0.0.1", "127.0.0.1", 8080);

        for (String host : List.of("localhost:8080", "127.0.0.1:8080", "[::1]:8080", "[::ffff:127.0.0.1]:8080")) {
            assertTrue(check.allows(host), host);
        }
        for (String host : List.of("localhost", "localhost:80", "localhost:8081", "localhost:+8080", "localhost.:8080",
                "evil.example:8080", "192.0.2.7:8080", "127.0.0.2:8080", "[::2]:8080", "[::1]x:8080", "[]:8080")) {
            assertFalse(check.allows(host), host);
        }
    }

    @Test
    void withoutAPortOnlyPort80Matches() throws Exception {
        HostCheck check = servedAt("localhost", "127.0.0.1", 80);

        assertTrue(check.allows("localhost"));
        assertTrue(check.allows("localhost:80"));
        assertFalse(check.allows("localhost:8080"));
    }

    @Test
    void anotherAddressAnswersOnlyThatAddressAndTheNameItWasGivenAs() throws Exception {
        HostCheck check = servedAt("preview.example", "192.0.2.7", 8080);

        assertTrue(check.allows("192.0.2.7:8080"));
        assertTrue(check.allows("Preview.Example:8080"));
        assertFalse(check.allows("localhost:8080"));
        assertFalse(check.allows("127.0.0.1:8080"));
        assertFalse(check.allows("192.0.2.8:8080"));
    }

    @Test
    void anIpv6AddressIsMatchedInBracketsInAnyForm() throws Exception {
        HostCheck check = servedAt("2001:db8::7", "2001:db8::7", 8080);

        assertTrue(check.allows("[2001:db8::7]:8080"));
        assertTrue(check.allows("[2001:DB8:0:0:0:0:0:7]:8080"));
        assertFalse(check.allows("[2001:db8::8]:8080"));
        assertFalse(check.allows("[2001:db8::7:8080"));
    }

    @Test
    void aWildcardAnswersTheLoopbackNamesAndEveryAddressOfThisMachine() throws Exception {
        HostCheck check = servedAt("0.0.0.0", "0.0.0.0", 8080);

        assertTrue(check.allows("localhost:8080"));
        assertTrue(check.allows("[::1]:8080"));
        NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses).forEach(address -> {
            String text = address.getHostAddress().replaceAll("%.*", "");
            assertTrue(check.allows(ServeAddress.literal(text) + ":8080"), text);
        });
        String hostName = InetAddress.getLocalHost().getHostName();
        assertTrue(check.allows(hostName + ":8080"), hostName);
        assertFalse(check.allows("0.0.0.0:8080"));
        assertFalse(check.allows("rebind.attacker.example:8080"));
    }
}
