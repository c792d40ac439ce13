package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content gives the same bytes whatever the machine: another locale, time zone, default
 * charset or number of threads, and files created in another order. Each build runs in its own JVM
 * so that its defaults really differ.
 */
class DeterminismTest {

    @TempDir
    Path temp;

    private Path build(Path content, String name, String... jvmOptions) throws IOException, InterruptedException {
        Path out = temp.resolve("site-" + name);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "newsbrief.cli.Main", "build",
                "--content", content.toString(), "--out", out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve(name + ".log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("build " + name + " did not finish");
        }
        assertEquals(0, process.exitValue(), () -> SiteFiles.read(temp.resolve(name + ".log")));
        return out;
    }

    /** The sample content, copied file by file in reverse order. */
    private Path contentCreatedBackwards() throws IOException {
        Path source = Path.of("content");
        Path copy = temp.resolve("backwards");
        List<String> files = new ArrayList<>(SiteFiles.list(source));
        Collections.reverse(files);
        for (String file : files) {
            Path target = copy.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(source.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    @Test
    void buildsByteIdenticalSitesUnderDifferentLocalesZonesAndThreads() throws Exception {
        Path content = Path.of("content").toAbsolutePath();
        Path reference = build(content, "reference", "-Duser.language=en", "-Duser.country=US",
                "-Duser.timezone=UTC");
        List<Path> others = List.of(
                build(content, "turkish-kiribati", "-Duser.language=tr", "-Duser.country=TR",
                        "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-9"),
                build(content, "arabic-honolulu-one-thread", "-Duser.language=ar", "-Duser.country=SA",
                        "-Duser.timezone=Pacific/Honolulu", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"),
                build(contentCreatedBackwards(), "backwards", "-Duser.timezone=Asia/Kolkata",
                        "-Djava.util.concurrent.ForkJoinPool.common.parallelism=7"));

        List<String> files = SiteFiles.list(reference);
        for (Path other : others) {
            assertEquals(files, SiteFiles.list(other), other.getFileName().toString());
            for (String file : files) {
                assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(other.resolve(file)),
                        other.getFileName() + File.separator + file);
            }
        }
    }
}
