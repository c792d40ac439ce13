package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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
        try (SiteStaging staging = writer.stage(out)) {
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
            try (SiteStaging staging = writer.stage(out)) {
                staging.write("index.html", "new home");
                throw new IllegalStateException("the build failed while writing");
            }
        });

        assertEquals(before, SiteFiles.list(out));
        assertEquals("old home", SiteFiles.read(out.resolve("index.html")));
        assertEquals(List.of("site", "site.lock"), siblings(), "the staging folder is gone");
    }

    @Test
    void aCommittedBuildReplacesEveryFile() throws Exception {
        Path out = oldSite();

        try (SiteStaging staging = writer.stage(out)) {
            staging.write("index.html", "new home");
            staging.commit();
        }

        assertEquals(List.of(".newsbrief-output", "index.html"), SiteFiles.list(out));
        assertEquals(List.of("site", "site.lock"), siblings());
    }

    @Test
    void unchangedFilesKeepTheirInodeAndTimestamp() throws Exception {
        Path out = oldSite();
        Object unchangedBefore = Files.getAttribute(out.resolve("briefs/a/index.html"), "unix:ino");
        Object changedBefore = Files.getAttribute(out.resolve("index.html"), "unix:ino");

        int unchanged;
        try (SiteStaging staging = writer.stage(out)) {
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

        try (SiteStaging next = writer.stage(out)) {
            assertEquals("old home", SiteFiles.read(out.resolve("index.html")), "the old site is back first");
        }

        assertEquals(List.of("site", "site.lock"), siblings());
    }

    @Test
    void anEmptyStagingFolderLeftBeforeItsMarkerIsCleanedUp() throws Exception {
        Path out = oldSite();
        Files.createDirectories(temp.resolve("site.staging-789"));

        try (SiteStaging next = writer.stage(out)) {
            next.commit();
        }

        assertEquals(List.of("site", "site.lock"), siblings());
    }

    @Test
    void aWriteThatFailsLeavesNoStagingFolder() throws Exception {
        Path out = oldSite();

        assertThrows(OutputException.class, () -> {
            try (SiteStaging staging = writer.stage(out)) {
                staging.write("briefs/b/index.html", "new brief");
                staging.write("x".repeat(300) + ".html", "a name longer than any file system takes");
            }
        });

        assertEquals(List.of("site", "site.lock"), siblings());
        assertEquals("old home", SiteFiles.read(out.resolve("index.html")));
    }

    @Test
    void aSecondBuildIntoTheSameFolderFailsWhileTheFirstWrites() throws Exception {
        Path out = oldSite();

        try (SiteStaging first = writer.stage(out)) {
            first.write("index.html", "first");
            OutputException second = assertThrows(OutputException.class, () -> writer.stage(out));
            assertTrue(second.getMessage().startsWith("another newsbrief build is writing to " + out), second::getMessage);
            first.commit();
        }

        assertEquals("first", SiteFiles.read(out.resolve("index.html")));
        try (SiteStaging third = writer.stage(out)) {
            third.commit();
        }
    }

    @Test
    void aBuildInAnotherProcessHoldsTheFolderToo() throws Exception {
        Path out = oldSite();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OutputLockHolder.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try {
            assertEquals("locked", new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8));

            OutputException refused = assertThrows(OutputException.class, () -> writer.stage(out));
            assertTrue(refused.getMessage().startsWith("another newsbrief build is writing to"), refused::getMessage);
        } finally {
            holder.getOutputStream().close();
            assertEquals(0, holder.waitFor());
        }
        try (SiteStaging after = writer.stage(out)) {
            after.commit();
        }
    }

    @Test
    void aLinkedOutputFolderIsReplacedWhereItPointsAndStaysALink() throws Exception {
        Path real = oldSite();
        Path link = Files.createSymbolicLink(temp.resolve("published"), real);

        try (SiteStaging staging = writer.stage(link)) {
            staging.write("index.html", "new home");
            staging.commit();
        }

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new home", SiteFiles.read(link.resolve("index.html")));
        assertEquals("new home", SiteFiles.read(real.resolve("index.html")));
    }

    @Test
    void refusesALinkToNothingAsTheOutputFolder() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("published"), temp.resolve("gone"));

        assertTrue(message(link, temp.resolve("content")).contains("symbolic link to nothing"));
        assertTrue(Files.isSymbolicLink(link), "the link is left as it was");
    }

    @Test
    void refusesTheContentFolderUnderAnotherName() throws Exception {
        Path content = Files.createDirectories(temp.resolve("project/content"));
        Path alias = Files.createSymbolicLink(temp.resolve("alias"), content);

        assertTrue(message(alias.resolve("site"), content).contains("overlaps"));
        assertTrue(message(temp.resolve("project/../project/content/site"), content).contains("overlaps"));
    }

    @Test
    void neverHardLinksThroughALinkedFolderOfThePreviousSite() throws Exception {
        Path out = oldSite();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere/a"));
        Files.writeString(elsewhere.resolve("index.html"), "old brief");
        SiteWriter.deleteTree(out.resolve("briefs"));
        Files.createSymbolicLink(out.resolve("briefs"), temp.resolve("elsewhere"));

        int unchanged;
        try (SiteStaging staging = writer.stage(out)) {
            staging.write("briefs/a/index.html", "old brief");
            unchanged = staging.unchangedCount();
            staging.commit();
        }

        assertEquals(0, unchanged);
        assertTrue(!Files.isSymbolicLink(out.resolve("briefs")));
        assertEquals(1, Files.getAttribute(elsewhere.resolve("index.html"), "unix:nlink"), "not linked from the site");
    }

    @Test
    void everyFolderAndFileOfTheSiteIsReadableByAll() throws Exception {
        Path out = oldSite();

        Set<String> modes = new TreeSet<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path path : all.toList()) {
                modes.add((Files.isDirectory(path) ? "folder " : "file ")
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
            }
        }

        assertEquals(Set.of("folder rwxr-xr-x", "file rw-r--r--"), modes);
    }

    @Test
    void refusesToWriteOutsideTheOutputFolder() throws Exception {
        try (SiteStaging staging = writer.stage(temp.resolve("site"))) {
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
