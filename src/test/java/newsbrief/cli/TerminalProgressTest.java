package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import newsbrief.Progress.Stage;
import org.junit.jupiter.api.Test;

/** The progress line: shown only after two seconds, redrawn in place, wiped at the end; the clock is a fake. */
class TerminalProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong(1_000);
    private final TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            now::get);

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRunShorterThanTwoSecondsShowsNothing() {
        progress.stage(Stage.READING, 10);
        progress.step();
        now.addAndGet(TerminalProgress.DELAY_NANOS - 1);
        progress.redraw();
        progress.close();
        assertEquals("", shown());
    }

    @Test
    void aLongRunShowsItsStageAndCountOnOneLineThenWipesIt() {
        progress.stage(Stage.READING, 10_000);
        for (int i = 0; i < 4_512; i++) {
            progress.step();
        }
        now.addAndGet(TerminalProgress.DELAY_NANOS);
        progress.redraw();
        assertEquals("\rnewsbrief: reading briefs 4,512/10,000\u001b[K", shown());
        progress.stage(Stage.WRITING, 11_133);
        progress.step();
        progress.redraw();
        progress.close();
        assertEquals("\rnewsbrief: reading briefs 4,512/10,000\u001b[K"
                + "\rnewsbrief: writing files 1/11,133\u001b[K" + "\r\u001b[K", shown());
        assertFalse(shown().contains("\n"), "the line is redrawn in place, never scrolled");
    }

    @Test
    void aStageWithoutACountShowsItsNameOnly() {
        assertEquals("newsbrief: checking the briefs together", TerminalProgress.line(Stage.CHECKING, 0, 0));
    }

    @Test
    void onlyATerminalOutsideCiIsWatched() {
        assertTrue(TerminalProgress.watched(Map.of("TERM", "xterm-256color"), true));
        assertFalse(TerminalProgress.watched(Map.of(), false), "output to a file or pipe");
        assertFalse(TerminalProgress.watched(Map.of("CI", "true"), true), "GitHub Actions and the like set CI");
        assertFalse(TerminalProgress.watched(Map.of("TERM", "dumb"), true), "a dumb terminal cannot redraw a line");
    }
}
