package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment ({@code kill -9}, a CI timeout) leaves either the previous site,
 * whole, or the new one, whole; and the next build tidies up after it.
 */
class InterruptedBuildTest {

    private static final int BRIEFS = 1500;

    @TempDir
    Path temp;

    private Path content;
    private Path out;

    private Process startBuild() throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "newsbrief.cli.Main", "build",
                "--content", content.toString(), "--out", out.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("build.log").toFile()).start();
    }

    private void writeBriefs(String marker) throws IOException {
        String brief = SiteFiles.read(Path.of("src/test/resources/briefs/valid/2026-11-26-minimal.md"));
        for (int i = 0; i < BRIEFS; i++) {
            Files.writeString(content.resolve("briefs/2026-11-26-brief-" + i + ".md"),
                    brief.replace("share outage data", "share outage data " + marker + " " + i));
        }
    }

    private Map<String, String> snapshot(Path site) {
        Map<String, String> files = new HashMap<>();
        for (String file : SiteFiles.list(site)) {
            files.put(file, SiteFiles.contents(site.resolve(file)));
        }
        return files;
    }

    /**
     * The site as the next build will see it: the output folder, or, when a kill came between the
     * two renames of the swap, the old site moved aside, which the next build puts back first.
     */
    private Path siteAfterKill() throws IOException {
        if (Files.exists(out)) {
            return out;
        }
        try (var siblings = Files.list(temp)) {
            return siblings.filter(p -> p.getFileName().toString().endsWith(".previous")).findFirst()
                    .orElseThrow(() -> new AssertionError("neither the site nor the old site moved aside exists"));
        }
    }

    @Test
    void killingABuildNeverLeavesAHalfWrittenSite() throws Exception {
        content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        out = temp.resolve("site");
        writeBriefs("old");
        Process first = startBuild();
        assertTrue(first.waitFor(120, TimeUnit.SECONDS) && first.exitValue() == 0, () -> SiteFiles.read(temp.resolve("build.log")));
        Map<String, String> oldSite = snapshot(out);
        writeBriefs("new");

        List<String> outcomes = new ArrayList<>();
        for (int delay : new int[] {150, 400, 800, 1200, 1800}) {
            Process build = startBuild();
            Thread.sleep(delay);
            build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Map<String, String> now = snapshot(siteAfterKill());
            boolean isOld = now.equals(oldSite);
            boolean isNew = now.keySet().equals(oldSite.keySet())
                    && now.get("index.html").contains("share outage data new");
            assertTrue(isOld || isNew, "after a kill at " + delay + " ms the site is neither the old nor the new one");
            outcomes.add(delay + " ms: " + (isOld ? "old site" : "new site"));
        }

        Process last = startBuild();
        assertTrue(last.waitFor(120, TimeUnit.SECONDS) && last.exitValue() == 0);
        try (var siblings = Files.list(temp)) {
            assertEquals(List.of("build.log", "content", "site", "site.lock"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(), "leftovers were removed: " + outcomes);
        }
    }
}
