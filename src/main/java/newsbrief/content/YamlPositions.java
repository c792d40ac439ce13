package newsbrief.content;

import newsbrief.diag.SourcePosition;
import org.yaml.snakeyaml.error.Mark;

/**
 * File positions of snakeyaml's marks. snakeyaml counts columns in code points; every other
 * column newsbrief reports counts UTF-16 units, as commonmark and Java strings do, so after an
 * emoji or another character outside the Basic Multilingual Plane the two differ. This converts.
 */
final class YamlPositions {

    private final String yaml;
    private final int firstLine;
    /** Where each line starts in {@code yaml}; null when nothing needs converting. */
    private final int[] lineStarts;

    /**
     * @param yaml      the YAML text snakeyaml reads
     * @param firstLine the line of the file on which it starts, from 1
     */
    YamlPositions(String yaml, int firstLine) {
        this.yaml = yaml;
        this.firstLine = firstLine;
        this.lineStarts = yaml.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? lineStarts(yaml) : null;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    SourcePosition of(Mark mark) {
        if (mark == null) {
            return SourcePosition.of(firstLine, 1);
        }
        return SourceText.fromZeroBased(firstLine, mark.getLine(), utf16Column(mark.getLine(), mark.getColumn()));
    }

    private int utf16Column(int line, int codePoints) {
        if (lineStarts == null || line < 0 || line >= lineStarts.length || codePoints <= 0) {
            return codePoints;
        }
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : yaml.length();
        int available = yaml.codePointCount(start, end);
        return yaml.offsetByCodePoints(start, Math.min(codePoints, available)) - start;
    }
}
