package newsbrief.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsbrief.content.ContentScanner;
import newsbrief.BuildResult;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.RepeatCap;
import newsbrief.report.JsonDiagnostics;

/**
 * {@code newsbrief serve}: builds, serves, watches, rebuilds, and says so in one line per build.
 * <pre>
 * serving http://127.0.0.1:8080/ (drafts and scheduled briefs shown; Ctrl-C stops)
 * rebuilt 4 of 31 pages in 38 ms (content/briefs/2026-11-26-cloud-deal.md changed)
 * </pre>
 * A build that fails leaves the last good one served, and says so; the server never stops on bad
 * content or a broken template.
 */
public final class PreviewSession implements AutoCloseable {

    static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final ContentScanner scanner;
    private final Path content;
    private final Path templates;
    private final PrintWriter console;
    private final boolean colour;
    private final LiveReload live = new LiveReload();
    private final DevServer server;
    private final PreviewBuild build;
    private ContentWatcher watcher;

    /**
     * Starts the server and builds once.
     *
     * @param workingDirectory what console paths are relative to
     * @param classDirectory   where templates compiled on the fly go
     */
    public PreviewSession(Path workingDirectory, Path content, Path templates, String host, int port,
            Path classDirectory, PrintWriter console, boolean colour) throws IOException {
        this.scanner = new ContentScanner(workingDirectory);
        this.content = content;
        this.templates = templates;
        this.console = console;
        this.colour = colour;
        this.server = new DevServer(host, port, live);
        try {
            this.build = new PreviewBuild(workingDirectory, content, templates, classDirectory,
                    server.address().toString(), Clock.systemUTC());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        console.println("serving " + server.address() + " (drafts and scheduled briefs shown; Ctrl-C stops)");
        console.flush();
        rebuild(Set.of(), "first build");
    }

    /** Rebuilds after every save from now on. */
    public void watch() throws IOException {
        watcher = new ContentWatcher(List.of(content, templates), DEBOUNCE, this::rebuild);
        watcher.start();
    }

    public DevServer server() {
        return server;
    }

    /** Rebuilds after {@code changed} files changed; called by the watcher, one call at a time. */
    void rebuild(Set<Path> changed) {
        rebuild(changed, describe(changed));
    }

    private void rebuild(Set<Path> changed, String cause) {
        try {
            report(build.rebuild(changed), cause);
        } catch (RuntimeException e) {
            // A bug, not a content problem: keep serving, and say what happened.
            console.println("newsbrief: internal error during rebuild: " + e);
            console.flush();
        }
    }

    /** The files an editor would recognise: not the temporary files that editors and sed save through. */
    private String describe(Set<Path> changed) {
        List<String> names = changed.stream()
                .filter(path -> Files.exists(path) || path.toString().matches(".*\\.(md|yaml|jte|css)$"))
                .map(scanner::displayPath).sorted().collect(Collectors.toList());
        if (names.isEmpty()) {
            return "files changed";
        }
        String shown = names.size() <= 3 ? String.join(", ", names) : names.get(0) + " and " + (names.size() - 1) + " more";
        return shown + " changed";
    }

    private void report(PreviewBuild.Result rebuilt, String cause) {
        BuildResult result = rebuilt.build();
        List<Diagnostic> diagnostics = RepeatCap.apply(result.diagnostics().sorted());
        new DiagnosticPrinter(console, colour).print(diagnostics);
        long warnings = result.diagnostics().warningCount();
        String warned = warnings == 0 ? "" : ", " + plural(warnings, "warning");
        // The console first, then the pages: whoever is told of a build can read the console line.
        if (result.ok()) {
            server.show(rebuilt.snapshot().orElseThrow());
            console.println("rebuilt " + result.filesMade() + " of " + plural(result.filesTotal(), "file") + " from "
                    + plural(result.briefCount(), "brief") + " in " + result.millis() + " ms" + warned + " (" + cause
                    + ")");
            console.flush();
            live.reload(result.filesMade());
        } else {
            console.println("build failed: " + plural(result.diagnostics().errorCount(), "error") + warned + " ("
                    + cause + "); still serving the last good build");
            console.flush();
            live.errors(new JsonDiagnostics().toJson(diagnostics));
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }
}
