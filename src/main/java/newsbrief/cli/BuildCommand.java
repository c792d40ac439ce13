package newsbrief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.content.BaseUrl;
import newsbrief.model.PublicationDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsbrief build}: validates, then writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate every brief, then write the site. Nothing is written if anything is invalid.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was written", "1:a brief has errors (or warnings, with --strict); nothing was written",
                "2:bad usage or configuration, or the output folder cannot be used"})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    private ContentOptions options;

    @Mixin
    private ReportOptions report;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-output",
            description = "Folder to write the site to; replaced whole on success (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the site is published, e.g. https://user.github.io/repo/; overrides site.yaml. "
                    + "Empty means site.yaml's.")
    private String baseUrl = "";

    @Option(names = "--drafts", description = "Publish drafts too.")
    private boolean drafts;

    @Option(names = "--future", description = "Publish briefs dated in the future too (they are held back by default).")
    private boolean future;

    @Option(names = "--now", paramLabel = "WHEN",
            description = "Build as if at this moment, which decides which briefs are in the future: "
                    + "2026-12-01T06:00:00Z, 2026-12-01T07:00:00+01:00, or 2026-12-01 (its midnight, UTC). "
                    + "Empty means the clock.")
    private String now = "";

    @Option(names = "--allow-empty",
            description = "Replace a site that has briefs with one that has none (refused by default).")
    private boolean allowEmpty;

    /** For `mvn package`: lets Maven fail the build cleanly on our exit code (see pom.xml). */
    @Option(names = "--exit-code-file", paramLabel = "FILE", hidden = true)
    private Path exitCodeFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        int exit = options.exists(spec.commandLine()) && baseUrlIsValid() && nowIsValid() ? build()
                : ExitCode.USAGE_OR_CONFIGURATION;
        writeExitCode(exit);
        return exit;
    }

    private int build() {
        long start = System.nanoTime();
        BuildRequest request = BuildRequest.build(options.content, out).withDrafts(drafts).withFuture(future)
                .withStrict(report.strict).withAllowEmpty(allowEmpty);
        if (!now.isBlank()) {
            request = request.withNow(moment(now).orElseThrow());
        }
        BuildResult result;
        try (TerminalProgress progress = TerminalProgress.open(System.out)) {
            result = new SiteBuild(Path.of("")).reportingTo(progress)
                    .run(baseUrl.isBlank() ? request : request.withBaseUrl(baseUrl));
        }
        int exit = new Reporter(DiagnosticFormat.TEXT, report.useColour(), "nothing was built")
                .report(result, spec.commandLine().getOut(), spec.commandLine().getErr());
        if (exit == ExitCode.OK) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().println("wrote " + result.pageCount() + " pages to " + out + " in " + millis
                    + " ms" + Reporter.warnings(result));
            HeldBackReport.print(result.heldBack(), spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        }
        return exit;
    }

    /** A bad --base-url is the option's fault, not site.yaml's: say so before reading anything. */
    private boolean baseUrlIsValid() {
        BaseUrl.Parsed parsed = BaseUrl.parse(baseUrl);
        if (baseUrl.isBlank() || parsed.url().isPresent()) {
            return true;
        }
        UsageErrors.optionError(spec.commandLine(), "--base-url", "\"" + BaseUrl.quotable(baseUrl) + "\" "
                + parsed.problem() + "; expected e.g. https://user.github.io/repo/");
        return false;
    }

    /** A bad --now, like a bad --base-url, is said before anything is read. */
    private boolean nowIsValid() {
        return nowIsValid(spec.commandLine(), now);
    }

    /** Whether {@code --now} is empty or a moment; when it is neither, says so as the option's fault. */
    static boolean nowIsValid(picocli.CommandLine command, String now) {
        if (now.isBlank() || moment(now).isPresent()) {
            return true;
        }
        UsageErrors.optionError(command, "--now", "\"" + now + "\" is not a moment; expected e.g. "
                + "2026-12-01T06:00:00Z, 2026-12-01T07:00:00+01:00 or 2026-12-01");
        return false;
    }

    /** What {@code date:} takes: a date-time with its offset, or a date, meaning its midnight in UTC. */
    static Optional<Instant> moment(String text) {
        try {
            return Optional.of(PublicationDate.parse(text.strip()).instant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void writeExitCode(int exit) {
        if (exitCodeFile == null) {
            return;
        }
        try {
            Files.createDirectories(exitCodeFile.toAbsolutePath().getParent());
            Files.writeString(exitCodeFile, String.valueOf(exit), StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot write " + exitCodeFile + ": " + e.getMessage());
        }
    }
}
