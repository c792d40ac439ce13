package newsbrief.cli;

import java.io.PrintWriter;
import newsbrief.BuildResult;
import newsbrief.diag.DiagnosticPrinter;
import newsbrief.diag.RepeatCap;
import newsbrief.report.GithubDiagnostics;
import newsbrief.report.JsonDiagnostics;

/** Prints a run's diagnostics in the chosen format and maps its outcome to an exit code. */
final class Reporter {

    private final DiagnosticFormat format;
    private final boolean colour;

    Reporter(DiagnosticFormat format, boolean colour) {
        this.format = format;
        this.colour = colour;
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
                err.println("configuration errors; nothing was built");
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

    private void printText(BuildResult result, PrintWriter err) {
        DiagnosticPrinter printer = new DiagnosticPrinter(err, colour);
        printer.print(RepeatCap.apply(result.diagnostics().sorted()));
        if (result.outcome() != BuildResult.Outcome.CONFIGURATION_ERRORS) {
            printer.printSummary(result.diagnostics(), result.briefCount());
        }
    }
}
