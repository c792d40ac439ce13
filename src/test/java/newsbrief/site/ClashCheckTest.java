package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsbrief.model.ContentKey;
import org.junit.jupiter.api.Test;

/** The clash check the preview keeps from run to run gives what a fresh check gives, run after run. */
class ClashCheckTest {

    private static PlannedFile file(String path) {
        return PlannedFile.unlisted(path, () -> ContentKey.of("test").build(), () -> new byte[0]);
    }

    private static List<String> clashingPaths(ClashCheck check, String... paths) {
        List<PlannedFile> files = java.util.Arrays.stream(paths).map(ClashCheckTest::file).toList();
        List<String> kept = check.clashes(files).stream().map(PlannedFile::outputPath).toList();
        assertEquals(new ClashCheck().clashes(files).stream().map(PlannedFile::outputPath).toList(), kept,
                "the kept check must agree with a fresh one");
        return kept;
    }

    @Test
    void aClashThatComesOrGoesBetweenRunsIsSeen() {
        ClashCheck check = new ClashCheck();
        assertEquals(List.of(), clashingPaths(check, "index.html", "archive/index.html"));
        assertEquals(List.of(), clashingPaths(check, "index.html", "archive/index.html"));
        assertEquals(List.of("Archive"), clashingPaths(check, "index.html", "archive/index.html", "Archive"));
        assertEquals(List.of("INDEX.HTML"), clashingPaths(check, "index.html", "archive/index.html", "INDEX.HTML"));
        assertEquals(List.of(), clashingPaths(check, "index.html", "archive/index.html"));
    }

    @Test
    void theFilesReturnedAreThoseOfTheRunAsked() {
        ClashCheck check = new ClashCheck();
        List<PlannedFile> first = List.of(file("a.html"), file("A.html"));
        List<PlannedFile> second = List.of(file("a.html"), file("A.html"));
        check.clashes(first);
        assertEquals(List.of(second.get(1)), check.clashes(second));
    }
}
