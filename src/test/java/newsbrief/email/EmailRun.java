package newsbrief.email;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsbrief.cli.Main;

/** One run of {@code newsbrief email} in a test: its exit code and what it printed. */
record EmailRun(int exit, String out, String err) {

    /** The clock of every test run: after every sample brief. */
    static final String NOW = "2026-12-01T08:00:00Z";

    static EmailRun of(Path content, Path out, String... more) {
        return withEnvironment(Map.of(), content, out, more);
    }

    static EmailRun withEnvironment(Map<String, String> environment, Path content, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("email", "--content", content.toString(), "--out", out.toString(),
                "--now", NOW, "--color=never"));
        args.addAll(List.of(more));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr, true),
                environment);
        return new EmailRun(exit, stdout.toString(), stderr.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
