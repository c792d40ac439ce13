package newsbrief.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept beside the input. Run with {@code -Dgolden.update=true} to
 * rewrite them after a reviewed change; the test then fails once so the rewrite is noticed.
 */
public final class Golden {

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Replaces a golden folder with what a test wrote (only when updating); a missing folder empties it. */
    public static void replaceTree(Path actual, Path golden) throws IOException {
        if (Files.exists(golden)) {
            try (var files = Files.walk(golden)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        if (Files.exists(actual)) {
            SiteFiles.copyTree(actual, golden);
        }
    }

    public static void assertMatches(Path golden, String actual, String input) {
        try {
            if (updating()) {
                String before = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                assertEquals(before, actual, "golden file rewritten: " + golden);
                return;
            }
            assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true");
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            assertEquals(expected, actual, () -> "output differs from " + golden + "\n--- input ---\n" + input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
