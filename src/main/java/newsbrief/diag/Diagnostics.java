package newsbrief.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one run. Stages add to it and carry on, so that one run reports every
 * problem in every file. Safe to share between the threads of a parallel stage.
 */
public final class Diagnostics {

    private final List<Diagnostic> found = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public synchronized void addAll(List<Diagnostic> diagnostics) {
        found.addAll(diagnostics);
    }

    /** Everything so far, sorted by file, line and column. */
    public synchronized List<Diagnostic> sorted() {
        return found.stream().sorted(Diagnostic.ORDER).toList();
    }

    public synchronized long errorCount() {
        return found.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return found.stream().filter(d -> !d.isError()).count();
    }

    public synchronized boolean hasErrors() {
        return errorCount() > 0;
    }

    /** How many distinct files have at least one error. */
    public synchronized long filesWithErrors() {
        return found.stream().filter(Diagnostic::isError).map(Diagnostic::path).distinct().count();
    }
}
