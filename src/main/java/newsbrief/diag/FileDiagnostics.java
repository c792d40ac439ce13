package newsbrief.diag;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Reports problems in one file: fills in the path and quotes the offending line, so the stages
 * only say where and what.
 */
public final class FileDiagnostics {

    private final String path;
    private final IntFunction<String> lineText;
    private final Diagnostics sink;
    private final RulePolicy policy;
    private int errors;

    /**
     * @param path     the file as shown to the user
     * @param lineText the text of a line by its number from 1, for the excerpt under a diagnostic
     * @param sink     the run's diagnostics
     */
    public FileDiagnostics(String path, IntFunction<String> lineText, Diagnostics sink) {
        this(path, lineText, sink, RulePolicy.DEFAULT);
    }

    /** @param policy the newsletter's severity for adjustable rules */
    public FileDiagnostics(String path, IntFunction<String> lineText, Diagnostics sink, RulePolicy policy) {
        this.path = Objects.requireNonNull(path, "path");
        this.lineText = Objects.requireNonNull(lineText, "lineText");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public String path() {
        return path;
    }

    /** Reports a problem with its rule's default severity (or the policy's). */
    public void add(SourcePosition position, Rule rule, String message) {
        report(rule.defaultSeverity(), position, rule, message, Optional.empty());
    }

    /** Reports a problem with its rule's default severity (or the policy's), and how to fix it. */
    public void add(SourcePosition position, Rule rule, String message, String hint) {
        report(rule.defaultSeverity(), position, rule, message, Optional.of(hint));
    }

    /** Reports a problem with the severity the policy gives its rule; nothing when the rule is off. */
    public void report(Severity given, SourcePosition position, Rule rule, String message, Optional<String> hint) {
        Optional<Severity> severity = policy.apply(rule, given);
        if (severity.isEmpty()) {
            return;
        }
        Optional<Excerpt> excerpt = Excerpt.of(lineText.apply(position.line()), position.column());
        sink.add(new Diagnostic(path, position, severity.get(), rule, message, hint, excerpt));
        if (severity.get() == Severity.ERROR) {
            synchronized (this) {
                errors++;
            }
        }
    }

    /** Whether this file has had an error reported through this object. */
    public synchronized boolean hasErrors() {
        return errors > 0;
    }
}
