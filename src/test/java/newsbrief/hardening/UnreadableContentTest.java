package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and folders that cannot be read are reported where they are, and the rest is read. */
class UnreadableContentTest {

    @TempDir
    Path temp;

    @Test
    void aBriefThatVanishesBeforeItIsReadIsReported() {
        // An editor's atomic save, or a deletion, between listing the briefs and reading one.
        Path gone = temp.resolve("2026-11-26-gone.md");
        Diagnostics diagnostics = new Diagnostics();

        assertTrue(new ContentScanner(temp).read(gone, diagnostics).isEmpty());

        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(1, found.size(), found::toString);
        assertEquals(Rule.FILE_UNREADABLE, found.get(0).rule());
        assertEquals("2026-11-26-gone.md", found.get(0).path());
    }
}
