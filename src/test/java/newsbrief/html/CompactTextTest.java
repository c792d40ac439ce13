package newsbrief.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Section HTML kept deflated comes back exactly. */
class CompactTextTest {

    @Test
    void givesBackExactlyTheTextItWasGiven() {
        for (String text : new String[] {"", "<p>Plain</p>\n", "Grüße — “quotes” 😀 \u0000 end",
                "<p>" + "The same sentence again. ".repeat(5000) + "</p>"}) {
            assertEquals(text, CompactText.of(text).text());
            assertEquals(text, CompactText.of(text, true).text());
        }
    }

    @Test
    void takesLessRoomThanTheText() throws Exception {
        String html = "<p>" + "Grid operators agree to share outage data. ".repeat(100) + "</p>";
        java.lang.reflect.Field deflated = CompactText.class.getDeclaredField("deflated");
        deflated.setAccessible(true);

        assertTrue(((byte[]) deflated.get(CompactText.of(html, true))).length < html.length() / 3);
    }
}
