package newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import newsbrief.serve.PreviewSession;
import newsbrief.serve.ServeAddress;
import newsbrief.site.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsbrief serve}: a live preview that rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Build the site in memory, serve it, and rebuild on every save in the content and "
                + "templates folders. Open pages reload by themselves, or show what is wrong. Drafts and briefs "
                + "dated in the future are shown, marked. Nothing is written to the output folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped with Ctrl-C", "2:bad usage: a port outside 0 to 65535 or in use, or a host that is "
                + "not an address of this machine"})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private ContentOptions options;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            converter = ReportOptions.ColourConverter.class, completionCandidates = ReportOptions.ColourNames.class,
            description = "Colour diagnostics on the console: auto (on a terminal, unless NO_COLOR is set), always or never.")
    private ReportOptions.Colour colour = ReportOptions.Colour.AUTO;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates to compile on the fly and watch (default: ${DEFAULT-VALUE}); "
                    + "without it, the templates built into the jar are used.")
    private Path templates;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to serve on, 0 to 65535 (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to serve on (default: ${DEFAULT-VALUE}, this machine only). Another address, "
                    + "or 0.0.0.0 or :: for every interface, shows drafts to the network: a warning says so.")
    private String host;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            // Checked before anything is made, so a mistyped --host or --port is one line, not a trace.
            ServeAddress.of(host, port).warning().ifPresent(err::println);
        } catch (ServeAddress.UnusableAddressException e) {
            err.println("error: " + e.getMessage() + "; see --help");
            return ExitCode.USAGE_OR_CONFIGURATION;
        }
        if (!Files.isDirectory(templates) && spec.commandLine().getParseResult().hasMatchedOption("--templates")) {
            // A mistyped --templates would otherwise preview the jar's templates without a word.
            err.println("warning: templates folder " + templates + " does not exist; showing the templates built into "
                    + "newsbrief until it does");
        }
        err.flush();
        if (!options.exists(spec.commandLine())) {
            return ExitCode.USAGE_OR_CONFIGURATION;
        }
        Path classes = Files.createTempDirectory("newsbrief-templates");
        // The hook is in place before the first build, so Ctrl-C (or a SIGTERM) at any moment
        // stops the server and removes the compiled templates.
        AtomicReference<PreviewSession> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                PreviewSession session = running.getAndSet(null);
                if (session != null) {
                    session.close();
                }
                SiteWriter.deleteTree(classes);
            } catch (IOException e) {
                // Shutting down anyway; nothing is left half-written, since serve writes no site files.
            }
            spec.commandLine().getOut().println("stopped");
            spec.commandLine().getOut().flush();
            stopped.countDown();
        }, "newsbrief-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            running.set(new PreviewSession(Path.of(""), options.content, templates, host, port, classes,
                    spec.commandLine().getOut(), ReportOptions.useColour(colour)));
        } catch (ServeAddress.UnusableAddressException e) {
            // The port was taken, or the address refused, between the check above and now.
            Runtime.getRuntime().removeShutdownHook(hook);
            err.println("error: " + e.getMessage());
            SiteWriter.deleteTree(classes);
            return ExitCode.USAGE_OR_CONFIGURATION;
        }
        PreviewSession session = running.get();
        if (session != null) {
            session.watch();
        }
        stopped.await();
        return ExitCode.OK;
    }
}
