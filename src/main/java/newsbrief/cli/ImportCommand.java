package newsbrief.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsbrief.Settings;
import newsbrief.content.ContentScanner;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.Diagnostics;
import newsbrief.importer.ImportOptions;
import newsbrief.importer.ImportRun;
import newsbrief.model.PublicationDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief import FILE...}: makes briefs of pasted text and of other generators' posts. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Make a brief in content/briefs/ of each file: text pasted from a document (headline first, "
                + "then the schema's section names on lines of their own), or a Markdown post with a Pelican, "
                + "Jekyll or Hugo (YAML or TOML) header. Briefs are drafts unless --publish. What was guessed and "
                + "what could not be placed is reported at the file's lines; no brief is ever overwritten."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was imported", "1:a file could not be imported, or a brief it made has errors",
                "2:bad usage or configuration, or a brief exists already"})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    private ContentOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to import.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--date", paramLabel = "DATE",
            description = "The date of every brief, YYYY-MM-DD or a date-time; otherwise the header's, else today.")
    private String date;

    @Option(names = "--tags", paramLabel = "TAG", split = ",",
            description = "Tags of every brief, separated by commas, instead of the header's: --tags=ai,cloud.")
    private List<String> tags;

    @Option(names = "--publish", description = "Write briefs that are not drafts (a header that says draft still wins).")
    private boolean publish;

    @Option(names = "--now", paramLabel = "WHEN",
            description = "Import as if at this moment, whose day dates briefs given no date: 2026-12-01T06:00:00Z "
                    + "or 2026-12-01. Empty means the clock.")
    private String now = "";

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            converter = ReportOptions.ColourConverter.class, completionCandidates = ReportOptions.ColourNames.class,
            description = "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.")
    private ReportOptions.Colour colour = ReportOptions.Colour.AUTO;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!options.exists(spec.commandLine()) || !BuildCommand.nowIsValid(spec.commandLine(), now) || !dateIsValid()) {
            return ExitCode.USAGE_OR_CONFIGURATION;
        }
        Diagnostics diagnostics = new Diagnostics();
        ContentScanner scanner = new ContentScanner(Path.of(""));
        Optional<Settings> settings = Settings.load(options.content, Optional.empty(), scanner, diagnostics);
        DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getErr(), ReportOptions.useColour(colour));
        if (settings.isEmpty()) {
            printer.print(diagnostics.sorted());
            return ExitCode.USAGE_OR_CONFIGURATION;
        }
        ImportRun run = new ImportRun(settings.get(), scanner, options.content.resolve("briefs"), diagnostics);
        ImportOptions given = new ImportOptions(Optional.ofNullable(date), Optional.ofNullable(tags), publish,
                today(settings.get().config().timeZone()));
        ImportRun.Result result = run.importAll(files, given);
        printer.print(diagnostics.sorted());
        result.written().forEach(spec.commandLine().getOut()::println);
        boolean failed = result.exitCode() != ExitCode.OK;
        java.io.PrintWriter summary = failed ? spec.commandLine().getErr() : spec.commandLine().getOut();
        summary.println(result.summary());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return result.exitCode();
    }

    /** "Today" is the day of --now (or of the clock) in the site's zone, else on this machine, as {@code new} has it. */
    private LocalDate today(Optional<ZoneId> zone) {
        Instant moment = now.isBlank() ? Instant.now() : BuildCommand.moment(now).orElseThrow();
        return LocalDate.ofInstant(moment, zone.orElse(ZoneId.systemDefault()));
    }

    /** A --date that no brief could take is refused before anything is read; its zone is checked with the brief. */
    private boolean dateIsValid() {
        if (date == null || PublicationDate.localDateTime(date.strip()).isPresent()) {
            return true;
        }
        try {
            PublicationDate.parse(date.strip());
            return true;
        } catch (DateTimeParseException e) {
            UsageErrors.optionError(spec.commandLine(), "--date", "\"" + date + "\" is not a date; expected e.g. "
                    + "2026-12-01, 2026-12-01 09:30 or 2026-12-01T09:30:00+01:00");
            return false;
        }
    }
}
