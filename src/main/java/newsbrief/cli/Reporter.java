package newsbrief.cli;

import java.io.PrintWriter;
import newsbrief.BuildResult;
import newsbrief.diag.DiagnosticPrinter;

/** Prints a run's diagnostics and its count line, and maps its outcome to an exit code. */
final class Reporter {

    private Reporter() {
    }

    static int report(BuildResult result, PrintWriter err) {
        DiagnosticPrinter printer = new DiagnosticPrinter(err);
        printer.print(result.diagnostics().sorted());
        if (result.outcome() != BuildResult.Outcome.CONFIGURATION_ERRORS) {
            printer.printSummary(result.diagnostics(), result.briefCount());
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
}
