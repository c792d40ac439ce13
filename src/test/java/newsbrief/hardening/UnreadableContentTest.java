package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Rule;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and folders that cannot be read are reported where they are, and the rest is read. */
class UnreadableContentTest {

    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void copySite() {
        content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
    }

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

    /**
     * A folder the system will not open, whoever asks: its path is longer than the system allows
     * (PATH_MAX), which it became by a move. (Permissions cannot make a folder unreadable to root.)
     */
    @Test
    void anUnreadableFolderIsReportedAndTheRestIsRead() throws IOException {
        Path shallow = content.resolve("briefs/deep");
        Path deepest = Files.createDirectories(nested(shallow, 14));
        Path tail = Files.createDirectories(nested(temp.resolve("tail"), 8));
        Files.writeString(tail.resolve("2026-11-27-lost.md"), HostileInputCatalogueTest.BRIEF);
        Path moved = Files.move(temp.resolve("tail"), deepest.resolve("tail"));
        try {
            BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.check(content));

            List<Diagnostic> found = result.diagnostics().sorted();
            assertEquals(1, found.size(), found::toString);
            assertEquals(Rule.FILE_UNREADABLE, found.get(0).rule());
            assertTrue(found.get(0).path().startsWith(new ContentScanner(Path.of("")).displayPath(moved)),
                    found.get(0)::headline);
            assertEquals("cannot be read: File name too long", found.get(0).message());
            assertEquals(4, result.briefCount(), "the other briefs are read");
        } finally {
            Files.move(moved, temp.resolve("tail"));
        }
    }

    @Test
    void aFolderWithoutReadPermissionIsReportedAndTheRestIsRead() throws IOException {
        Path locked = Files.createDirectories(content.resolve("briefs/locked"));
        Files.writeString(locked.resolve("2026-11-27-locked.md"), HostileInputCatalogueTest.BRIEF);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked),
                    "running as root, whom permissions do not stop; anUnreadableFolder... covers the same path");
            BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.check(content));

            List<Diagnostic> found = result.diagnostics().sorted();
            assertEquals(List.of(Rule.FILE_UNREADABLE), found.stream().map(Diagnostic::rule).toList());
            assertEquals("cannot read folder: permission denied", found.get(0).message());
            assertEquals(4, result.briefCount(), "the other briefs are read");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDeviceIsNotReadEvenWhenAskedFor() {
        Diagnostics diagnostics = new Diagnostics();

        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new ContentScanner(temp).read(Path.of("/dev/zero"), diagnostics));

        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(List.of(Rule.FILE_UNREADABLE), found.stream().map(Diagnostic::rule).toList());
        assertEquals("file is a FIFO, socket or device, not a regular file; it is not read", found.get(0).message());
    }

    /** {@code levels} folders of 200-character names below {@code top}. */
    private static Path nested(Path top, int levels) {
        Path path = top;
        for (int i = 0; i < levels; i++) {
            path = path.resolve(Character.toString('a' + i).repeat(200));
        }
        return path;
    }
}
