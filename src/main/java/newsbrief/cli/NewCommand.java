package newsbrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsbrief.Settings;
import newsbrief.schema.BriefScaffold;
import newsbrief.content.ContentScanner;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsbrief new "Headline"}: starts a brief from the schema. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Create content/briefs/YYYY-MM-DD-slug.md for a headline: front matter with today's date, "
                + "and the schema's sections with a line of guidance each. The brief starts as a draft, and the "
                + "guidance is placeholder text that check flags, so an unedited brief is never published."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the brief was created", "2:bad usage or configuration, or the file exists already"})
final class NewCommand implements Callable<Integer> {

    @Mixin
    private ContentOptions options;

    @Parameters(index = "0", paramLabel = "HEADLINE", description = "The brief's headline, in any script.")
    private String headline;

    @Option(names = "--slug", paramLabel = "SLUG",
            description = "The slug for the file name and URL, e.g. rouble-rate; otherwise made from the headline.")
    private String slug;

    @Option(names = "--date", paramLabel = "DATE",
            description = "The date, YYYY-MM-DD or a date-time with offset; otherwise today.")
    private String date;

    @Option(names = "--tags", paramLabel = "TAG", split = ",",
            description = "Tags, separated by commas: --tags=ai,cloud.")
    private List<String> tags = List.of();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!options.exists(spec.commandLine())) {
            return ExitCode.USAGE_OR_CONFIGURATION;
        }
        Diagnostics diagnostics = new Diagnostics();
        ContentScanner scanner = new ContentScanner(Path.of(""));
        Optional<Settings> settings = Settings.load(options.content, Optional.empty(), scanner, diagnostics);
        if (settings.isEmpty()) {
            new DiagnosticPrinter(spec.commandLine().getErr()).print(diagnostics.sorted());
            return ExitCode.USAGE_OR_CONFIGURATION;
        }
        BriefScaffold scaffold = new BriefScaffold(settings.get().schema(), settings.get().config().timeZone());
        try {
            // "Today" is the editor's own day, in the time zone of their machine.
            BriefScaffold.Draft draft = new BriefScaffold.Draft(headline, Optional.ofNullable(slug),
                    Optional.ofNullable(date), tags);
            Path file = scaffold.create(options.content.resolve("briefs"), draft, LocalDate.now(ZoneId.systemDefault()));
            spec.commandLine().getOut().println(scanner.displayPath(file));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (BriefScaffold.InvalidException e) {
            for (BriefScaffold.Problem problem : e.problems()) {
                spec.commandLine().getErr().println(problem.what() + ": error: " + problem.message());
            }
            spec.commandLine().getErr().println("see 'newsbrief new --help'; nothing was written");
            spec.commandLine().getErr().flush();
            return ExitCode.USAGE_OR_CONFIGURATION;
        } catch (BriefScaffold.ExistsException e) {
            spec.commandLine().getErr().println("error: " + scanner.displayPath(e.file())
                    + " already exists; nothing was written");
            return ExitCode.USAGE_OR_CONFIGURATION;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot write the brief: " + e.getMessage());
            return ExitCode.USAGE_OR_CONFIGURATION;
        }
    }
}
