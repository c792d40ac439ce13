package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar that {@code mvn package} made, run as a user runs it. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/newsbrief.jar");

    @TempDir
    Path temp;

    private static String run(String... arguments) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[arguments.length + 3];
        command[0] = java;
        command[1] = "-jar";
        command[2] = JAR.toString();
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar exits");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void saysWhichVersionItIs() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "mvn package makes " + JAR);
        String version = System.getProperty("project.version");
        assertTrue(version != null && !version.isBlank(), "failsafe passes the project's version");

        assertEquals("newsbrief " + version + "\n", run("--version").replace("\r\n", "\n"));
    }

    @Test
    void importsPastedTextIntoABriefThatTheJarThenBuilds() throws Exception {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("briefs"));
        Files.copy(Path.of("src/test/resources/sites/basic/content/site.yaml"), content.resolve("site.yaml"));

        String output = run("import", "--content", content.toString(), "--now", "2026-12-01T10:00:00Z", "--publish",
                "--color=never", "src/test/resources/import/pasted-brief.txt");

        assertTrue(output.contains("took line 1 as the headline [import-guess]"), output);
        Path brief = content.resolve("briefs/2026-12-01-ferry-crews-strike-over-new-rota.md");
        assertTrue(Files.readString(brief, StandardCharsets.UTF_8).contains("\ndraft: false\n"), output);
        run("build", "--content", content.toString(), "--out", temp.resolve("site").toString(),
                "--now", "2026-12-01T10:00:00Z");
        assertTrue(Files.isRegularFile(temp.resolve("site/briefs/ferry-crews-strike-over-new-rota/index.html")));
    }
}
