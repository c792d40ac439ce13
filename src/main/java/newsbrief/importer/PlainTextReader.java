package newsbrief.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbrief.content.SourceText;
import newsbrief.diag.SourcePosition;
import newsbrief.schema.BriefSchema;
import newsbrief.schema.SectionRule;

/**
 * Reads text as pasted from a document, one paragraph a line: the first line that is not blank
 * is the headline; a line that names a section of the schema ("The Summary", "the signal:",
 * "## The Implication") starts it; "- ", "* " and "• " lines are bullets; a line that is wholly a
 * quotation, optionally with " — Name" after it, is a pull quote; any other line is a paragraph.
 * The lines between the headline and the first section are the hook.
 */
final class PlainTextReader {

    /**
     * What the text gave.
     *
     * @param title     the headline
     * @param hook      the lines between the headline and the first section, with where they start
     * @param blocks    the body, from the first section on
     */
    record PlainText(String title, List<Line> hook, List<BodyBlock> blocks) {
        PlainText {
            hook = List.copyOf(hook);
            blocks = List.copyOf(blocks);
        }
    }

    /** A line of the input, stripped, with its position. */
    record Line(String text, SourcePosition position) {
    }

    private static final Pattern BULLET = Pattern.compile("[-*•][ \\t]+(\\S.*)");
    private static final Pattern HEADING_MARKS = Pattern.compile("^#+[ \\t]*");
    /** A quotation in straight, curly or guillemet quotes, with an attribution after a dash. */
    private static final Pattern QUOTATION = Pattern.compile(
            "(?:\"[^\"]+\"|“[^“”]+”|„[^“”„]+[“”]|«[^«»]+»)(?:\\s*[—–]\\s*\\S.*|\\s+--?\\s+\\S.*)?");

    private final BriefSchema schema;

    PlainTextReader(BriefSchema schema) {
        this.schema = schema;
    }

    /** The brief in the text; empty when it has no line that is not blank (refused in {@code notes}). */
    Optional<PlainText> read(SourceText text, ImportNotes notes) {
        int first = 1;
        while (first <= text.lineCount() && text.line(first).isBlank()) {
            first++;
        }
        if (first > text.lineCount()) {
            notes.refuse(SourcePosition.START, "the file is empty; there is no headline to make a brief of",
                    "paste the brief's text into it, headline first");
            return Optional.empty();
        }
        String title = HEADING_MARKS.matcher(text.line(first).strip()).replaceFirst("");
        notes.guess(SourcePosition.of(first, 1), "took line " + first + " as the headline");
        List<Line> hook = new ArrayList<>();
        Body body = new Body();
        for (int number = first + 1; number <= text.lineCount(); number++) {
            String line = text.line(number).strip();
            SourcePosition position = SourcePosition.of(number, 1 + text.line(number).indexOf(line.isEmpty() ? "" : line));
            Optional<SectionRule> section = line.isEmpty() ? Optional.empty() : sectionNamed(line);
            if (section.isPresent()) {
                body.startSection(section.get());
            } else if (!line.isEmpty() && !body.inSection()) {
                hook.add(new Line(line, position));
            } else if (!line.isEmpty()) {
                body.add(line, position, notes);
            }
        }
        return Optional.of(new PlainText(title, hook, body.blocks()));
    }

    /** The section a line names: its heading or an alias, in any case, with or without "#"s and a final colon. */
    private Optional<SectionRule> sectionNamed(String line) {
        String name = HEADING_MARKS.matcher(line).replaceFirst("");
        if (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isBlank() ? Optional.empty() : schema.sectionFor(name);
    }

    /** Whether the whole line is a quotation (with an attribution, perhaps). */
    static boolean isQuotation(String line) {
        return QUOTATION.matcher(line).matches();
    }

    /** The body as it is read, a line at a time; consecutive bullets make one list. */
    private static final class Body {
        private final List<BodyBlock> blocks = new ArrayList<>();
        private final List<String> bullets = new ArrayList<>();
        private boolean inSection;

        boolean inSection() {
            return inSection;
        }

        void startSection(SectionRule rule) {
            endList();
            blocks.add(new BodyBlock.SectionStart(rule));
            inSection = true;
        }

        void add(String line, SourcePosition position, ImportNotes notes) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                bullets.add(bullet.group(1).strip());
                return;
            }
            endList();
            if (isQuotation(line)) {
                notes.guess(position, "took line " + position.line() + " as a pull quote");
                blocks.add(new BodyBlock.PullQuote(line));
            } else {
                blocks.add(new BodyBlock.Paragraph(line));
            }
        }

        private void endList() {
            if (!bullets.isEmpty()) {
                blocks.add(new BodyBlock.Bullets(bullets));
                bullets.clear();
            }
        }

        List<BodyBlock> blocks() {
            endList();
            return List.copyOf(blocks);
        }
    }
}
