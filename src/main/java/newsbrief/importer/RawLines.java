package newsbrief.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text as it is, split into lines without losing a byte: each line knows where it starts,
 * so that what follows a header can be kept exactly, line ends (LF, CRLF or CR) included.
 */
final class RawLines {

    private final String text;
    private final List<Integer> starts = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    RawLines(String text) {
        this.text = text;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(start, i);
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            add(start, text.length());
        }
    }

    private void add(int start, int end) {
        starts.add(start);
        lines.add(text.substring(start, end));
    }

    int count() {
        return lines.size();
    }

    /** Line {@code number}, from 1, without its line end. */
    String line(int number) {
        return lines.get(number - 1);
    }

    /** The text from the start of line {@code number} (from 1) to the end; empty past the last line. */
    String from(int number) {
        return number > lines.size() ? "" : text.substring(starts.get(number - 1));
    }
}
