package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links that stay inside the content folder are followed like the files and folders they
 * lead to; links out of it are errors (see the catalogue), never skipped in silence.
 */
class ContentLinksTest {

    private static final int BASIC_BRIEFS = 4;

    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void copySite() {
        content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
    }

    private BuildResult check(Path folder) {
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.check(folder));
        assertEquals(List.of(), result.diagnostics().sorted());
        return result;
    }

    @Test
    void aFolderLinkInsideContentIsFollowed() throws IOException {
        Path archive = Files.createDirectories(content.resolve("archive"));
        Files.writeString(archive.resolve("2026-11-26-archived.md"), HostileInputCatalogueTest.BRIEF);
        Files.createSymbolicLink(content.resolve("briefs/archive"), archive);

        assertEquals(BASIC_BRIEFS + 1, check(content).briefCount());
    }

    @Test
    void aBriefsFolderThatIsALinkInsideContentIsFollowed() throws IOException {
        Path real = Files.move(content.resolve("briefs"), content.resolve("all-briefs"));
        Files.createSymbolicLink(content.resolve("briefs"), Path.of("all-briefs"));

        assertEquals(BASIC_BRIEFS, check(content).briefCount());
        assertEquals(real, content.resolve("briefs").toRealPath());
    }

    @Test
    void aContentFolderThatIsALinkHoldsWhatItsTargetHolds() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("linked-content"), content);

        assertEquals(BASIC_BRIEFS, check(link).briefCount());
    }
}
