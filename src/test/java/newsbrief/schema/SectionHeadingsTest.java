package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A long heading of an unknown section is quoted and made an id within bounds, as every diagnostic is. */
class SectionHeadingsTest {

    @Test
    void aLongHeadingIsQuotedAsEightyCharactersAtMost() {
        String heading = "Harbour ".repeat(60).strip();
        String quoted = SectionHeadings.quoted(heading);
        assertEquals(80, quoted.codePointCount(0, quoted.length()));
        assertTrue(quoted.endsWith("…"), quoted);
        assertEquals("Issue 400!", SectionHeadings.quoted("Issue 400!"));
    }

    @Test
    void aHeadingOfSymbolsAndEmojiIsCutOnCodePoints() {
        String heading = "🚢".repeat(100);
        String quoted = SectionHeadings.quoted(heading);
        assertEquals("🚢".repeat(79) + "…", quoted);
    }

    @Test
    void anIdFromALongHeadingIsCutAtAHyphen() {
        String id = SectionHeadings.idOf("Harbour ".repeat(60));
        assertTrue(id.length() <= 60, id);
        assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id);
        assertEquals("issue-400", SectionHeadings.idOf("Issue 400!"));
    }
}
