package newsbrief.content;

import java.util.ArrayList;
import java.util.List;
import newsbrief.diag.SourcePosition;

/**
 * The lines of a file, for turning parser positions into editor positions and for quoting the
 * offending line under a diagnostic.
 *
 * <p>Parsers count from 0 and from the start of what they were given: snakeyaml from the first line
 * after the opening {@code ---}, commonmark from the first line after the closing one. The
 * {@code +1}s and the offsets are added here and nowhere else.
 */
public final class SourceText {

    private final List<String> lines;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.lines = List.copyOf(splitLines(text));
        this.lineStarts = new int[lines.size()];
        for (int i = 1; i < lineStarts.length; i++) {
            lineStarts[i] = lineStarts[i - 1] + lines.get(i - 1).length() + 1;
        }
    }

    /** The position of a character by its offset in the whole text. */
    public SourcePosition positionOf(int offset) {
        int index = java.util.Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return SourcePosition.of(line + 1, offset - lineStarts[line] + 1);
    }

    private static List<String> splitLines(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                result.add(text.substring(start, i));
                start = i + 1;
            }
        }
        result.add(text.substring(start));
        return result;
    }

    /** How many lines the file has; a final line end does not start another line. */
    public int lineCount() {
        int count = lines.size();
        return count > 1 && lines.get(count - 1).isEmpty() ? count - 1 : count;
    }

    /** The text of a line, numbered from 1; empty past the end. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /**
     * A position from a parser's 0-based line and column within a part of this file that starts at
     * {@code firstLine} (1-based).
     */
    public static SourcePosition fromZeroBased(int firstLine, int lineIndex, int columnIndex) {
        return SourcePosition.of(firstLine + Math.max(0, lineIndex), Math.max(0, columnIndex) + 1);
    }

    /** The position just after the last line, where something missing at the end is expected. */
    public SourcePosition end() {
        int last = lineCount();
        return SourcePosition.of(last, line(last).length() + 1);
    }
}
