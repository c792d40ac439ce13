package newsbrief.diag;

import java.util.Objects;
import java.util.Optional;

/**
 * The part of a source line quoted under a diagnostic, and where its caret goes. A long line is cut
 * to a window around the column, marked with "…" where it was cut: a brief of one 30 KB line with
 * thousands of problems must not print that line thousands of times.
 *
 * @param text   what is quoted
 * @param column the caret's column in {@code text}, from 1
 */
public record Excerpt(String text, int column) {

    /** Lines up to this long are quoted whole. */
    static final int WHOLE_LINE = 100;
    /** How many characters of a longer line are quoted. */
    static final int WINDOW = 80;
    /** How many of them stand before the column. */
    static final int BEFORE = 30;
    private static final String CUT = "…";

    public Excerpt {
        Objects.requireNonNull(text, "text");
        if (column < 1) {
            throw new IllegalArgumentException("columns count from 1, got " + column);
        }
    }

    /** The excerpt of {@code line} for a problem at {@code column}; none for a blank line. */
    public static Optional<Excerpt> of(String line, int column) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        if (line.length() <= WHOLE_LINE) {
            return Optional.of(new Excerpt(line, column));
        }
        int at = Math.min(column - 1, line.length());
        int end = Math.min(line.length(), Math.max(at, BEFORE) - BEFORE + WINDOW);
        int start = Math.max(0, end - WINDOW);
        // Never cut a character in two.
        if (start > 0 && Character.isLowSurrogate(line.charAt(start))) {
            start++;
        }
        if (end < line.length() && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        String head = start > 0 ? CUT : "";
        String tail = end < line.length() ? CUT : "";
        return Optional.of(new Excerpt(head + line.substring(start, end) + tail, at - start + head.length() + 1));
    }
}
