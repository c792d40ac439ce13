package newsbrief.importer;

import newsbrief.diag.FileDiagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;

/**
 * What an import says about one input file, at its lines: what it guessed, what it could not
 * place, and why it cannot import the file at all.
 */
final class ImportNotes {

    private final FileDiagnostics report;

    ImportNotes(FileDiagnostics report) {
        this.report = report;
    }

    void guess(SourcePosition position, String message) {
        report.add(position, Rule.IMPORT_GUESS, message);
    }

    void notPlaced(SourcePosition position, String message, String hint) {
        report.add(position, Rule.IMPORT_NOT_PLACED, message, hint);
    }

    void refuse(SourcePosition position, String message, String hint) {
        report.add(position, Rule.IMPORT_REFUSED, message, hint);
    }

    /** The file's report, for the readers that report in it themselves (YAML). */
    FileDiagnostics report() {
        return report;
    }

    boolean refused() {
        return report.hasErrors();
    }
}
