package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading an asset for the preview: never through a link that leads out of its folder. */
class ServedFilesTest {

    @TempDir
    Path temp;

    private Path assets;
    private Path secret;

    @BeforeEach
    void makeFolders() throws IOException {
        assets = Files.createDirectories(temp.resolve("templates/assets"));
        Files.writeString(assets.resolve("site.css"), "body { color: black }");
        secret = Files.writeString(temp.resolve("id_ed25519"), "PRIVATE KEY");
    }

    private static String text(Path root, String relative) throws IOException {
        return new String(ServedFiles.read(root, relative).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void readsAFileInTheFolder() throws IOException {
        assertEquals("body { color: black }", text(assets, "site.css"));
        assertArrayEquals(Files.readAllBytes(assets.resolve("site.css")),
                ServedFiles.read(temp.resolve("templates/./assets"), "site.css").orElseThrow());
    }

    @Test
    void followsALinkThatStaysInTheFolder() throws IOException {
        Files.createDirectories(assets.resolve("themes"));
        Files.writeString(assets.resolve("themes/dark.css"), "body { color: white }");
        Files.createSymbolicLink(assets.resolve("print.css"), assets.resolve("themes/dark.css"));
        Files.createSymbolicLink(assets.resolve("relative.css"), Path.of("themes/dark.css"));

        assertEquals("body { color: white }", text(assets, "print.css"));
        assertEquals("body { color: white }", text(assets, "relative.css"));
    }

    @Test
    void refusesALinkThatLeadsOutOfTheFolder() throws IOException {
        Files.createSymbolicLink(assets.resolve("stolen.css"), secret);
        Files.createSymbolicLink(assets.resolve("up.css"), Path.of("../../id_ed25519"));

        ServedFiles.OutsideRootException error = assertThrows(ServedFiles.OutsideRootException.class,
                () -> ServedFiles.read(assets, "stolen.css"));
        assertEquals("stolen.css is a symbolic link that leads out of " + assets, error.getMessage());
        assertThrows(ServedFiles.OutsideRootException.class, () -> ServedFiles.read(assets, "up.css"));
    }

    @Test
    void refusesAFileBelowALinkedFolderOutside() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("site.css"), "PRIVATE");
        Files.createSymbolicLink(assets.resolve("linked"), elsewhere);

        assertThrows(ServedFiles.OutsideRootException.class, () -> ServedFiles.read(assets, "linked/site.css"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../id_ed25519", "../assets/../../id_ed25519", "", ".", "site.css\0.png"})
    void refusesAPathThatStepsOutOfTheFolder(String relative) {
        assertThrows(ServedFiles.OutsideRootException.class, () -> ServedFiles.read(assets, relative));
    }

    @Test
    void refusesAnAbsolutePath() {
        assertThrows(ServedFiles.OutsideRootException.class, () -> ServedFiles.read(assets, secret.toString()));
    }

    @Test
    void findsNothingWhereThereIsNoRegularFile() throws IOException {
        Files.createDirectories(assets.resolve("folder.css"));
        Files.createSymbolicLink(assets.resolve("dangling.css"), assets.resolve("gone.css"));

        assertTrue(ServedFiles.read(assets, "missing.css").isEmpty());
        assertTrue(ServedFiles.read(assets, "folder.css").isEmpty());
        assertTrue(ServedFiles.read(assets, "dangling.css").isEmpty());
        assertTrue(ServedFiles.read(temp.resolve("no-such-folder"), "site.css").isEmpty());
    }
}
