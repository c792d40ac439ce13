package newsbrief.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem at one place in one file.
 *
 * @param path       the file, relative to the project root, with {@code /} separators
 * @param position   where the problem is
 * @param severity   error or warning
 * @param rule       the rule broken, printed by its stable id, such as {@code section-missing}
 * @param message    what was found, then what was expected; lower case, no final period
 * @param hint       how to fix it, where that helps
 * @param excerpt    the offending line, or the part of it around the column, for the caret display
 */
public record Diagnostic(
        String path,
        SourcePosition position,
        Severity severity,
        Rule rule,
        String message,
        Optional<String> hint,
        Optional<Excerpt> excerpt) {

    /** Sorted by file, then line and column, so output never depends on discovery order. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(d -> d.rule().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(excerpt, "excerpt");
    }

    /** A problem with its rule's default severity, and no hint or quoted line. */
    public static Diagnostic of(String path, SourcePosition position, Rule rule, String message) {
        return new Diagnostic(path, position, rule.defaultSeverity(), rule, message, Optional.empty(), Optional.empty());
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(path, position, severity, rule, message, Optional.of(newHint), excerpt);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line of the compiler-style form: {@code path:line:col: error: message [rule]}. */
    public String headline() {
        return path + ":" + position + ": " + severity.label() + ": " + message + " [" + rule.id() + "]";
    }
}
