package newsbrief.cli;

/** How {@code check --format} writes diagnostics. */
enum DiagnosticFormat {
    /** Compiler style, with the source line and a caret; on standard error. */
    TEXT,
    /** A JSON array of {file, line, column, severity, rule, message, hint, source}; on standard output. */
    JSON,
    /** GitHub Actions workflow commands, so a pull request shows each problem on its line. */
    GITHUB
}
