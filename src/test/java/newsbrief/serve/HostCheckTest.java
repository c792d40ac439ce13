package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which Host headers are answered, for each kind of address served; nothing here is looked up. */
class HostCheckTest {

    private static HostCheck servedAt(String name, String address, int port) throws Exception {
        return HostCheck.of(new ServeAddress(name, InetAddress.getByName(address), 0), port);
    }

    /** Each of {@code answered} is allowed and each of {@code refused} is not; a failure lists every wrong one. */
    private static void thenItAnswers(HostCheck check, List<String> answered, List<String> refused) {
        List<String> wrong = Stream.concat(answered.stream().filter(host -> !check.allows(host)),
                refused.stream().filter(check::allows)).toList();
        assertEquals(List.of(), wrong, "wrongly refused or answered");
    }

    @Test
    void aLoopbackAddressAnswersTheLoopbackNames() throws Exception {
        thenItAnswers(servedAt("127.0.0.1", "127.0.0.1", 8080),
                List.of("localhost:8080", "LocalHost:8080", "127.0.0.1:8080", "[::1]:8080", "[::ffff:127.0.0.1]:8080"),
                List.of("localhost", "localhost:80", "localhost:8081", "localhost:+8080", "localhost.:8080",
                        "evil.example:8080", "192.0.2.7:8080", "127.0.0.2:8080", "[::2]:8080", "[::1]x:8080", "[]:8080"));
    }

    @Test
    void withoutAPortOnlyPort80Matches() throws Exception {
        thenItAnswers(servedAt("localhost", "127.0.0.1", 80), List.of("localhost", "localhost:80"),
                List.of("localhost:8080"));
    }

    @Test
    void anotherAddressAnswersOnlyThatAddressAndTheNameItWasGivenAs() throws Exception {
        thenItAnswers(servedAt("preview.example", "192.0.2.7", 8080), List.of("192.0.2.7:8080", "Preview.Example:8080"),
                List.of("localhost:8080", "127.0.0.1:8080", "[::1]:8080", "192.0.2.8:8080"));
    }

    @Test
    void anIpv6AddressIsMatchedInBracketsInAnyForm() throws Exception {
        thenItAnswers(servedAt("2001:db8::7", "2001:db8::7", 8080),
                List.of("[2001:db8::7]:8080", "[2001:DB8:0:0:0:0:0:7]:8080"),
                List.of("[2001:db8::8]:8080", "[2001:db8::7:8080", "localhost:8080"));
    }

    @Test
    void aWildcardAnswersTheLoopbackNamesAndEveryAddressOfThisMachine() throws Exception {
        List<String> ownAddresses = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .map(address -> ServeAddress.literal(address.getHostAddress().replaceAll("%.*", "")) + ":8080")
                .toList();
        List<String> answered = Stream.concat(Stream.of("localhost:8080", "[::1]:8080",
                InetAddress.getLocalHost().getHostName() + ":8080"), ownAddresses.stream()).toList();

        thenItAnswers(servedAt("0.0.0.0", "0.0.0.0", 8080), answered,
                List.of("0.0.0.0:8080", "[::]:8080", "rebind.attacker.example:8080"));
    }
}
