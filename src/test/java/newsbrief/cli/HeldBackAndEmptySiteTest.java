package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build} says which briefs it held back and when the next is due; it never silently empties a site. */
class HeldBackAndEmptySiteTest {

    @TempDir
    Path temp;

    private Path content;
    private Path out;
    private final StringWriter printed = new StringWriter();
    private final StringWriter errors = new StringWriter();

    @BeforeEach
    void copySite() {
        content = temp.resolve("content");
        out = temp.resolve("out");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
    }

    private int build(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "build";
        args[1] = "--content=" + content;
        args[2] = "--out=" + out;
        args[3] = "--color=never";
        System.arraycopy(more, 0, args, 4, more.length);
        return Main.run(args, new PrintWriter(printed), new PrintWriter(errors));
    }

    @Test
    void saysWhichBriefsItHeldBackAndWhenTheNextIsDue() throws IOException {
        Path river = content.resolve("briefs/2026-10-05-river-levels.md");
        Files.writeString(river, SiteFiles.read(river).replace("date: 2026-10-05", "date: 2026-12-24T06:00:00Z"));

        assertEquals(ExitCode.OK, build(), errors::toString);

        String text = printed.toString();
        assertTrue(text.contains("briefs/2026-10-05-river-levels.md (scheduled for 2026-12-24T06:00:00Z)"), text);
        assertTrue(text.contains("held back: "), text);
        assertTrue(text.contains("(draft)"), text);
        assertTrue(text.contains("next scheduled brief is due 2026-12-24T06:00:00Z"), text);
    }

    @Test
    void refusesToReplaceASiteThatHasBriefsWithOneThatHasNone() throws IOException {
        assertEquals(ExitCode.OK, build(), errors::toString);
        newsbrief.site.SiteWriter.deleteTree(content.resolve("briefs"));

        int refused = build();

        assertEquals(ExitCode.USAGE_OR_CONFIGURATION, refused, printed::toString);
        assertTrue(errors.toString().contains("--allow-empty"), errors::toString);
        // Rule.SITE_EMPTY, a warning: the refusal to write is what stops the build.
        assertTrue(errors.toString().contains("there are no briefs to publish [site-empty]"), errors::toString);
        assertTrue(Files.isDirectory(out.resolve("briefs/river-levels")), "the old site stays");
        assertEquals(ExitCode.OK, build("--allow-empty"), errors::toString);
    }
}
