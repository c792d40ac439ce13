package newsbrief.diag;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics as a compiler does:
 * <pre>
 * content/briefs/2026-11-26-cloud-deal.md:19:1: error: section "The Signal" is missing [section-missing]
 *    19 | ## The Implication
 *       | ^
 *   hint: add a "## The Signal" heading followed by at least one paragraph
 * 1 error in 1 of 9 briefs
 * </pre>
 */
public final class DiagnosticPrinter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[1;32m";

    private final PrintWriter out;
    private final boolean colour;

    public DiagnosticPrinter(PrintWriter out) {
        this(out, false);
    }

    /** @param colour whether to colour severities, paths and carets with ANSI codes (terminals only) */
    public DiagnosticPrinter(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    public void print(List<Diagnostic> diagnostics) {
        diagnostics.forEach(this::print);
        out.flush();
    }

    public void print(Diagnostic diagnostic) {
        if (colour) {
            String severity = diagnostic.isError() ? paint(RED, "error") : paint(YELLOW, "warning");
            out.println(paint(BOLD, diagnostic.path() + ":" + diagnostic.position() + ":") + " " + severity + ": "
                    + diagnostic.message() + " [" + diagnostic.rule().id() + "]");
        } else {
            out.println(diagnostic.headline());
        }
        diagnostic.excerpt().ifPresent(excerpt -> printExcerpt(diagnostic.position().line(), excerpt));
        diagnostic.hint().ifPresent(hint -> out.println("  " + paint(CYAN, "hint:") + " " + hint));
    }

    private void printExcerpt(int line, Excerpt excerpt) {
        String number = String.valueOf(line);
        String gutter = " ".repeat(number.length());
        out.println(" " + number + " | " + excerpt.text());
        out.println(" " + gutter + " | " + caretPadding(excerpt.text(), excerpt.column()) + paint(GREEN, "^"));
    }

    /** Spaces up to the column, keeping tabs so the caret lines up under a tab-indented line. */
    private static String caretPadding(String line, int column) {
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            padding.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return padding.toString();
    }

    /** The closing count line, e.g. {@code 2 errors, 1 warning in 9 briefs}. */
    public void printSummary(Diagnostics diagnostics, int briefCount) {
        long errors = diagnostics.errorCount();
        long warnings = diagnostics.warningCount();
        StringBuilder line = new StringBuilder();
        line.append(plural(errors, "error"));
        if (warnings > 0) {
            line.append(", ").append(plural(warnings, "warning"));
        }
        if (errors > 0) {
            line.append(" in ").append(diagnostics.filesWithErrors()).append(" of ").append(plural(briefCount, "brief"));
        } else {
            line.append(" in ").append(plural(briefCount, "brief"));
        }
        out.println(line);
        out.flush();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
