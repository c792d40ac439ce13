package newsbrief.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import newsbrief.content.MarkdownReader;
import newsbrief.postprocess.RawHtmlSanitizer;
import newsbrief.render.JsonText;
import org.jsoup.Jsoup;

/**
 * Loads the libraries every build uses — jsoup, Jackson, ICU's word boundaries, CommonMark — on
 * the second core while the first parses the options, reads the settings and starts the server.
 * A cold JVM spends most of a small site's first build loading and initialising classes, one after
 * another on one thread; classes are loaded once per JVM, so whichever thread comes first does it
 * and the other uses the result. Nothing it makes is kept.
 */
final class Warmup {

    private Warmup() {
    }

    /** Starts the warm-up on a daemon thread, which never holds up the end of the command. */
    static void start() {
        Thread thread = new Thread(Warmup::run, "newsbrief-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            Jsoup.parseBodyFragment("<p><a href=\"/a\">a</a></p>", "https://example.org/").body().select("a[href]");
            new RawHtmlSanitizer().clean("<p><b>a</b></p>");
            JsonText.write(new JsonFactory(), null, json -> {
                json.writeStartObject();
                JsonText.strings(json, "a", List.of("b"));
                json.writeEndObject();
            });
            BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
            words.setText("two words");
            words.next();
            new MarkdownReader().parse("# a\n\n- b\n\n| c |\n|---|\n| d |\n");
        } catch (RuntimeException e) {
            // A warm-up that fails costs only the time it would have saved: the build does the
            // same work itself and reports what goes wrong there.
        }
    }
}
