package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced whole or not at all. */
class SiteWriterTest {

    @TempDir
    Path temp;

    private final SiteWriter writer = new SiteWriter();

    private Path oldSite() throws OutputException {
        Path out = temp.resolve("site");
        try (SiteWriter.Staging staging = writer.stage(out)) {
            staging.write("index.html", "old home");
            staging.write("briefs/a/index.html", "old brief");
            staging.commit();
        }
        return out;
    }

    @Test
    void aBuildThatFailsHalfWayLeavesTheOldSiteExactlyAsItWas() throws Exception {
        Path out = oldSite();
        List<String> before = SiteFiles.list(out);

        assertThrows(IllegalStateException.class, () -> {
            try (SiteWriter.Staging staging = writer.stage(out)) {
                staging.write("index.html", "new home");
                throw new IllegalStateException("the build failed while writing");
            }
        });

        assertEquals(before, SiteFiles.list(out));
        assertEquals("old home", SiteFiles.read(out.resolve("index.html")));
        assertEquals(List.of("site"), siblings(), "the staging folder is gone");
    }

    @Test
    void aCommittedBuildReplacesEveryFile() throws Exception {
        Path out = oldSite();

        try (SiteWriter.Staging staging = writer.stage(out)) {
            staging.write("index.html", "new home");
            staging.commit();
        }

        assertEquals(List.of(".newsbrief-output", "index.html"), SiteFiles.list(out));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void unchangedFilesKeepTheirInodeAndTimestamp() throws Exception {
        Path out = oldSite();
        Object unchangedBefore = Files.getAttribute(out.resolve("briefs/a/index.html"), "unix:ino");
        Object changedBefore = Files.getAttribute(out.resolve("index.html"), "unix:ino");

        int unchanged;
        try (SiteWriter.Staging staging = writer.stage(out)) {
            staging.write("index.html", "new home");
            staging.write("briefs/a/index.html", "old brief");
            unchanged = staging.unchangedCount();
            staging.commit();
        }

        assertEquals(1, unchanged);
        assertEquals(unchangedBefore, Files.getAttribute(out.resolve("briefs/a/index.html"), "unix:ino"));
        assertTrue(!changedBefore.equals(Files.getAttribute(out.resolve("index.html"), "unix:ino")));
        assertEquals("new home", SiteFiles.read(out.resolve("index.html")));
    }

    @Test
    void aKilledBuildsLeftoversAreCleanedUpAndAnInterruptedSwapIsUndone() throws Exception {
        Path out = oldSite();
        Path staging = Files.createDirectories(temp.resolve("site.staging-123"));
        Files.writeString(staging.resolve(SiteWriter.MARKER), "");
        // Killed between the two renames of a commit: the old site was moved aside, the new one not yet in.
        Files.move(out, temp.resolve("site.staging-456.previous"));

        try (SiteWriter.Staging next = writer.stage(out)) {
            assertEquals("old home", SiteFiles.read(out.resolve("index.html")), "the old site is back first");
        }

        assertEquals(List.of("site"), siblings());
    }

    @Test
    void refusesToWriteOutsideTheOutputFolder() throws Exception {
        try (SiteWriter.Staging staging = writer.stage(temp.resolve("site"))) {
            assertThrows(OutputException.class, () -> staging.write("../escape.html", "x"));
            assertThrows(OutputException.class, () -> staging.write("/etc/passwd", "x"));
        }
        assertEquals(List.of(), SiteFiles.list(temp).stream().filter(p -> p.contains("escape")).toList());
    }

    @Test
    void refusesDangerousOutputFolders() throws IOException {
        Path content = Files.createDirectories(temp.resolve("project/content"));
        Path file = Files.writeString(temp.resolve("file.txt"), "x");

        assertTrue(message(temp.resolve("project"), content).contains("overlaps"));
        assertTrue(message(content, content).contains("overlaps"));
        assertTrue(message(content.resolve("site"), content).contains("overlaps"));
        assertTrue(message(file, content).contains("is a file"));
        assertTrue(message(Path.of("/"), content).contains("file-system root"));
        assertTrue(message(Path.of(System.getProperty("user.home")), content).contains("home folder"));
    }

    private String message(Path out, Path content) {
        return assertThrows(OutputException.class, () -> writer.stage(out, content)).getMessage();
    }

    private List<String> siblings() throws IOException {
        try (var list = Files.list(temp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
