package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import newsbrief.content.MarkdownReader;
import org.junit.jupiter.api.Test;

/** The text of Markdown without markup, as words are counted and descriptions made from it. */
class PlainTextTest {

    @Test
    void tableCellsAndRowsStandApart() {
        String markdown = "| Region | Outages |\n|---|---|\n| alpha | beta |\n| gamma | delta |\n";

        assertEquals("Region Outages alpha beta gamma delta", PlainText.of(new MarkdownReader().parse(markdown)));
    }

    @Test
    void blocksAndLineBreaksStandApartButInlinesDoNot() {
        String markdown = "- one\n- two\n\nA *strong*ly ~~struck~~ line\nbreaks.\n\n> quoted\n";

        assertEquals("one two A strongly struck line breaks. quoted",
                PlainText.of(new MarkdownReader().parse(markdown)));
    }
}
