package newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runnable jar that {@code mvn package} made, run as a user runs it. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/newsbrief.jar");

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
}
