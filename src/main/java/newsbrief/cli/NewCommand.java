package newsbrief.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsbrief.Settings;
import newsbrief.schema.BriefScaffold;
import newsbrief.content.ContentScanner;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsbrief new "Headline"}: starts a brief from the schema. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create content/briefs/YYYY-MM-DD-slug.md for a headline: front matter with today's date, "
                + "and the schema's sections with a line of guidance each. The brief starts as a draft, and the "
                + "guidance is placeholder text that check flags, so an unedited brief is never published."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the brief was created", "2:bad usage or configuration, or the file exists already"})
final class NewCommand implements Callable<Integer> {

    @Mixin
    private ContentOptions options;

    @Parameters(index = "0", paramLabel = "HEADLINE", description = "The brief's headline.")
    private String headline;

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
        BriefScaffold scaffold = new BriefScaffold(settings.get().schema());
        try {
            // "Today" is the editor's own day, in the time zone of their machine.
            Path file = scaffold.create(options.content.resolve("briefs"), headline, LocalDate.now(ZoneId.systemDefault()));
            spec.commandLine().getOut().println(scanner.displayPath(file));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
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
