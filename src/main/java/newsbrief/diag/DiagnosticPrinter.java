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

    /** Prints one diagnostic; whatever came from the content is shown through {@link VisibleText}. */
    public void print(Diagnostic diagnostic) {
        String severity = diagnostic.isError() ? paint(RED, "error") : paint(YELLOW, "warning");
        out.println(paint(BOLD, VisibleText.of(diagnostic.path()) + ":" + diagnostic.position() + ":") + " "
                + severity + ": " + VisibleText.of(diagnostic.message()) + " [" + diagnostic.rule().id() + "]");
        diagnostic.excerpt().ifPresent(excerpt -> printExcerpt(diagnostic.position().line(), excerpt));
        diagnostic.hint().ifPresent(hint -> out.println("  " + paint(CYAN, "hint:") + " " + VisibleText.of(hint)));
    }

    private void printExcerpt(int line, Excerpt excerpt) {
        String number = String.valueOf(line);
        String gutter = " ".repeat(number.length());
        out.println(" " + number + " | " + VisibleText.of(excerpt.text()));
        out.println(" " + gutter + " | " + caretPadding(excerpt.text(), excerpt.column()) + paint(GREEN, "^"));
    }

    /**
     * Spaces up to the column, keeping tabs so the caret lines up under a tab-indented line, and
     * as many spaces as an escaped control character takes when shown.
     */
    private static String caretPadding(String line, int column) {
        String before = VisibleText.of(line.substring(0, Math.min(line.length(), column - 1)));
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < before.length(); i++) {
            padding.append(before.charAt(i) == '\t' ? '\t' : ' ');
        }
        padding.append(" ".repeat(Math.max(0, column - 1 - line.length())));
        return padding.toString();
    }

    /**
     * The closing count line of a failed run: {@code 2 errors, 1 warning in 1 of 9 briefs}, or,
     * when only warnings failed it (strict), {@code 2 warnings in 9 briefs}. Files with errors
     * that are not briefs read (a refused link, an unlistable folder) are counted as files.
     */
    public void printSummary(Diagnostics diagnostics, int briefCount) {
        long errors = diagnostics.errorCount();
        long warnings = diagnostics.warningCount();
        String counts = errors == 0 ? plural(warnings, "warning")
                : plural(errors, "error") + (warnings > 0 ? ", " + plural(warnings, "warning") : "");
        long failing = diagnostics.filesWithErrors();
        String where;
        if (errors == 0) {
            where = " in " + plural(briefCount, "brief") + " (--strict fails on warnings)";
        } else if (failing <= briefCount) {
            where = " in " + failing + " of " + plural(briefCount, "brief");
        } else {
            where = " in " + plural(failing, "file") + " (" + plural(briefCount, "brief") + " read)";
        }
        out.println(counts + where);
        out.flush();
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
