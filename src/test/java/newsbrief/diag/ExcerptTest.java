package newsbrief.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A diagnostic quotes a window of a long line, with the caret on the same character. */
class ExcerptTest {

    private static final String LONG = "0123456789".repeat(3_000);

    @Test
    void quotesAShortLineWhole() {
        Excerpt excerpt = Excerpt.of("## The Singal", 4).orElseThrow();

        assertEquals("## The Singal", excerpt.text());
        assertEquals(4, excerpt.column());
    }

    @Test
    void quotesNothingForABlankLine() {
        assertTrue(Excerpt.of("   ", 2).isEmpty());
        assertTrue(Excerpt.of(null, 1).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 31, 32, 15_000, 29_950, 29_999, 30_000, 30_001})
    void cutsALongLineAroundTheColumnAndKeepsTheCaretOnItsCharacter(int column) {
        Excerpt excerpt = Excerpt.of(LONG, column).orElseThrow();

        assertTrue(excerpt.text().length() <= Excerpt.WINDOW + 2, excerpt::text);
        if (column <= LONG.length()) {
            assertEquals(LONG.charAt(column - 1), excerpt.text().charAt(excerpt.column() - 1));
        } else {
            assertEquals(excerpt.text().length() + 1, excerpt.column(), "just after the end, as the column is");
        }
        assertEquals(column > 1 + Excerpt.BEFORE, excerpt.text().startsWith("…"));
        assertEquals(column <= LONG.length() - (Excerpt.WINDOW - Excerpt.BEFORE), excerpt.text().endsWith("…"));
    }

    @Test
    void neverCutsACharacterOutsideTheBasicPlaneInTwo() {
        String emoji = "\uD83D\uDCF0".repeat(200);
        for (int column = 1; column <= emoji.length(); column++) {
            String text = Excerpt.of(emoji, column).orElseThrow().text().replace("…", "");
            assertTrue(text.codePoints().allMatch(c -> c == 0x1F4F0), () -> "a half character in " + text);
        }
    }
}
