package newsbrief.cli;

import java.io.PrintWriter;
import newsbrief.BuildResult;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.RepeatCap;
import newsbrief.report.GithubDiagnostics;
import newsbrief.report.JsonDiagnostics;

/**
 * Prints a run's diagnostics in the chosen format, closes a failed run with one summary line,
 * and maps its outcome to an exit code. A successful run's last line is the command's own.
 */
final class Reporter {

    private final DiagnosticFormat format;
    private final boolean colour;
    /** What a failed run did not do, for its summary: "no brief was checked", "nothing was built". */
    private final String notDone;

    Reporter(DiagnosticFormat format, boolean colour, String notDone) {
        this.format = format;
        this.colour = colour;
        this.notDone = notDone;
    }

    /**
     * @param out standard output, where machine-readable formats go
     * @param err standard error, where the text format and messages go
     */
    int report(BuildResult result, PrintWriter out, PrintWriter err) {
        switch (format) {
            case JSON -> new JsonDiagnostics().write(RepeatCap.apply(result.diagnostics().sorted()), out);
            case GITHUB -> new GithubDiagnostics().write(RepeatCap.apply(result.diagnostics().sorted()), out);
            case TEXT -> printText(result, err);
        }
        return switch (result.outcome()) {
            case OK -> ExitCode.OK;
            case CONTENT_ERRORS -> ExitCode.CONTENT_ERRORS;
            case CONFIGURATION_ERRORS -> {
                err.println(DiagnosticPrinter.plural(result.diagnostics().errorCount(), "error") + " in "
                        + String.join(" and ", filesWithErrors(result.diagnostics())) + "; " + notDone);
                err.flush();
                yield ExitCode.USAGE_OR_CONFIGURATION;
            }
            case OUTPUT_FAILED -> {
                err.println("error: " + result.failure().orElse("the output folder cannot be written"));
                err.flush();
                yield ExitCode.USAGE_OR_CONFIGURATION;
            }
        };
    }

    private static java.util.List<String> filesWithErrors(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::path).distinct().toList();
    }

    private void printText(BuildResult result, PrintWriter err) {
        DiagnosticPrinter printer = new DiagnosticPrinter(err, colour);
        printer.print(RepeatCap.apply(result.diagnostics().sorted()));
        if (result.outcome() == BuildResult.Outcome.CONTENT_ERRORS) {
            printer.printSummary(result.diagnostics(), result.briefCount());
        }
    }

    /** ", with 2 warnings" when a valid run had warnings; empty otherwise. */
    static String warnings(BuildResult result) {
        long warnings = result.diagnostics().warningCount();
        return warnings == 0 ? "" : ", with " + DiagnosticPrinter.plural(warnings, "warning");
    }
}
