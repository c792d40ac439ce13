package newsbrief.diag;

/**
 * A place in a source file, both numbers counted from 1 as editors show them.
 *
 * @param line   line number, from 1
 * @param column column number in characters, from 1
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

    /** The first character of a file. */
    public static final SourcePosition START = new SourcePosition(1, 1);

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions count from 1, got " + line + ":" + column);
        }
    }

    public static SourcePosition of(int line, int column) {
        return new SourcePosition(line, column);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
