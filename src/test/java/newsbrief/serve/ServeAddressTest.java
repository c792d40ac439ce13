package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What --host and --port are taken to mean, and the address the browser is sent to. */
class ServeAddressTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"127.0.0.1, http://127.0.0.1:%d/", "::1, http://[::1]:%d/", "'[::1]', http://[::1]:%d/",
            "0.0.0.0, http://127.0.0.1:%d/", "::, http://[::1]:%d/",
            "localhost, http://localhost:%d/"})
    void theAddressIsAUrlABrowserOnThisMachineOpens(String host, String expected) throws Exception {
        try (DevServer server = new DevServer(host, 0, new LiveReload())) {
            server.show(new SiteSnapshot(Map.of("index.html", "<p>Home</p>".getBytes())));
            URI address = server.address();

            assertEquals(expected.formatted(address.getPort()), address.toString());
            String response = RawHttp.get(address, "/", address.getRawAuthority());
            assertEquals(200, RawHttp.status(response), response);
        }
    }

    @Test
    void aPreviewOnIpv6BuildsAndServesTheSite() throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        StringWriter console = new StringWriter();
        try (PreviewSession session = new PreviewSession(Path.of(""), content, temp.resolve("no-templates"), "::1", 0,
                temp.resolve("classes"), new PrintWriter(console, true), false)) {
            URI address = session.server().address();
            String home = RawHttp.get(address, "/briefs/river-levels/", address.getRawAuthority());

            assertEquals(200, RawHttp.status(home), console + home);
            assertTrue(RawHttp.body(home).contains("href=\"http://[::1]:" + address.getPort() + "/"), home);
            assertTrue(console.toString().contains("serving http://[::1]:" + address.getPort() + "/"), console::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::"})
    void aWildcardAddressWarnsThatDraftsAreVisibleToTheNetwork(String host) throws Exception {
        String warning = ServeAddress.of(host, 8080).warning().orElseThrow();

        assertTrue(warning.startsWith("warning: serving on every network interface ("), warning);
        assertTrue(warning.contains("drafts and scheduled briefs"), warning);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "[::1]", "localhost", "127.0.0.2"})
    void aLoopbackAddressGivesNoWarning(String host) throws Exception {
        assertTrue(ServeAddress.of(host, 8080).warning().isEmpty(), host);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1 | 65536 | --port must be 0 to 65535, got 65536",
        "127.0.0.1 | -1    | --port must be 0 to 65535, got -1",
        "bad host! | 8080  | --host \"bad host!\" is not a host name or IP address",
        "user@host | 8080  | --host \"user@host\" is not a host name or IP address",
        "host:80   | 8080  | --host \"host:80\" is not a host name or IP address",
        "''        | 8080  | --host \"\" is not a host name or IP address",
        "[::1      | 8080  | --host \"[::1\" is not a host name or IP address",
        "198.51.100.7 | 8080 | --host 198.51.100.7 is not an address of this machine"})
    void aHostOrPortThatCannotBeServedOnIsNamedInOneLine(String host, int port, String message) {
        ServeAddress.UnusableAddressException error = assertThrows(ServeAddress.UnusableAddressException.class,
                () -> ServeAddress.of(host, port));

        assertEquals(message, error.getMessage());
    }
}
