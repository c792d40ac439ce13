package newsbrief.email;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lays plain text out in paragraphs: wrapped to a width, indented under list markers, prefixed
 * with "> " in quotes, one blank line between blocks except between the items of a list and where
 * told ({@link #tightNext()}). Words are never broken, so a URL longer than the width stands on its own line.
 */
final class TextLayout {

    /** Stands for {@code <br>} in inline text, which otherwise has its white space collapsed. */
    static final char HARD_BREAK = '\u2028';

    /** A list item being written: its marker stands before its first line only. */
    private static final class Item {
        final String marker;
        boolean started;

        Item(String marker) {
            this.marker = marker;
        }
    }

    private final int width;
    private final List<String> lines = new ArrayList<>();
    private final Deque<Item> items = new ArrayDeque<>();
    private int quoteDepth;
    private int lastQuoteDepth;
    private boolean lastInItem;
    private boolean tightNext;

    TextLayout(int width) {
        this.width = width;
    }

    void startItem(String marker) {
        items.push(new Item(marker));
    }

    void endItem() {
        items.pop();
    }

    void startQuote() {
        quoteDepth++;
    }

    void endQuote() {
        quoteDepth--;
    }

    /** The next block follows the last one without a blank line: the next cell of a row, the next row. */
    void tightNext() {
        tightNext = true;
    }

    /** A paragraph of inline text: white space collapsed, wrapped, {@link #HARD_BREAK}s kept. */
    void paragraph(String text) {
        List<String> wrapped = new ArrayList<>();
        for (String line : collapse(text).split(String.valueOf(HARD_BREAK), -1)) {
            wrapped.addAll(wrap(line.strip(), width - prefix(false).length()));
        }
        block(wrapped);
    }

    /** A heading: its text, then a line of {@code underline} as long as its longest line. */
    void heading(String text, char underline) {
        paragraph(text);
        int longest = 0;
        for (int i = lines.size() - 1; i >= 0 && !lines.get(i).isEmpty(); i--) {
            longest = Math.max(longest, lines.get(i).codePointCount(0, lines.get(i).length()));
        }
        lines.add(String.valueOf(underline).repeat(Math.min(longest, width)));
    }

    /** Lines written as they are (code, the list of references). */
    void verbatim(String text) {
        block(List.of(text.stripTrailing().split("\n", -1)));
    }

    private void block(List<String> content) {
        if (content.stream().allMatch(String::isBlank)) {
            return;
        }
        boolean firstOfItem = !items.isEmpty() && !items.peek().started;
        boolean tight = tightNext || firstOfItem && lastInItem;
        tightNext = false;
        if (!lines.isEmpty() && !tight) {
            lines.add(quoteDepth > 0 && lastQuoteDepth >= quoteDepth ? ">".repeat(quoteDepth) : "");
        }
        for (int i = 0; i < content.size(); i++) {
            lines.add((prefix(i == 0) + content.get(i)).stripTrailing());
        }
        items.forEach(item -> item.started = true);
        lastInItem = !items.isEmpty();
        lastQuoteDepth = quoteDepth;
    }

    /** Quote marks, then the indent of each open list, with the innermost item's marker on its first line. */
    private String prefix(boolean firstLine) {
        StringBuilder prefix = new StringBuilder("> ".repeat(quoteDepth));
        List<Item> outerToInner = new ArrayList<>(items);
        java.util.Collections.reverse(outerToInner);
        for (Item item : outerToInner) {
            boolean showMarker = firstLine && item == items.peek() && !item.started;
            prefix.append(showMarker ? item.marker : " ".repeat(item.marker.length()));
        }
        return prefix.toString();
    }

    private static String collapse(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\u00A0' && Character.isWhitespace(c) && c != HARD_BREAK) {
                space = true;
            } else {
                if (space && flat.length() > 0 && c != HARD_BREAK) {
                    flat.append(' ');
                }
                space = false;
                flat.append(c);
            }
        }
        return flat.toString();
    }

    /** Words on lines of at most {@code room} characters; a longer word stands alone. */
    static List<String> wrap(String text, int room) {
        List<String> wrapped = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int length = word.codePointCount(0, word.length());
            if (lineLength > 0 && lineLength + 1 + length > room) {
                wrapped.add(line.toString());
                line.setLength(0);
                lineLength = 0;
            }
            if (lineLength > 0) {
                line.append(' ');
                lineLength++;
            }
            line.append(word.replace('\u00A0', ' '));
            lineLength += length;
        }
        wrapped.add(line.toString());
        return wrapped;
    }

    /** The text: no blank lines at either end, one line break at the end. */
    String text() {
        int start = 0;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        return lines.isEmpty() ? "" : String.join("\n", lines.subList(start, lines.size())).stripTrailing() + "\n";
    }
}
