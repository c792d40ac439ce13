package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import newsbrief.cli.ExitCode;
import newsbrief.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code newsbrief serve} with a --port or --host it cannot serve on: one line, exit code 2, no trace. */
class ServeCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command; a serve that started by mistake would never return, hence the guard. */
    private int serve(String... args) {
        if (!java.nio.file.Files.exists(temp.resolve("content"))) {
            newsbrief.testing.SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), temp.resolve("content"));
        }
        String[] command = new String[args.length + 3];
        command[0] = "serve";
        command[1] = "--content";
        command[2] = temp.resolve("content").toString();
        System.arraycopy(args, 0, command, 3, args.length);
        return assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Main.run(command, new PrintWriter(out, true), new PrintWriter(err, true)));
    }

    private List<String> errorLines() {
        return err.toString().lines().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port | 99999        | error: --port must be 0 to 65535, got 99999; see --help",
        "--port | -5           | error: --port must be 0 to 65535, got -5; see --help",
        "--host | bad host!    | error: --host \"bad host!\" is not a host name or IP address; see --help",
        "--host | 198.51.100.7 | error: --host 198.51.100.7 is not an address of this machine; see --help"})
    void aPortOrHostThatCannotBeUsedIsAUsageError(String option, String value, String message) {
        int exit = serve(option, value);

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit, err::toString);
        assertEquals(List.of(message), errorLines());
        assertEquals("", out.toString());
    }

    @Test
    void aPortInUseIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();

            int exit = serve("--port", String.valueOf(port));

            assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit, err::toString);
            assertEquals(List.of("error: port " + port + " on 127.0.0.1 is already in use; stop the other server or "
                    + "choose another with --port"), errorLines());
        }
    }

    @Test
    void aWildcardAddressIsWarnedAbout() throws Exception {
        // The port is taken, so serve stops after the warning.
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0));
            int port = taken.getLocalPort();

            int exit = serve("--host", "0.0.0.0", "--port", String.valueOf(port));

            assertEquals(ExitCode.USAGE_OR_CONFIGURATION, exit, err::toString);
            assertEquals(List.of("warning: serving on every network interface (0.0.0.0): anyone who can reach this "
                    + "machine can read the preview, drafts and scheduled briefs included; use --host 127.0.0.1 to "
                    + "keep it to this machine",
                    "error: port " + port + " on 0.0.0.0 is already in use; stop the other server or choose another "
                    + "with --port"), errorLines());
        }
    }
}
