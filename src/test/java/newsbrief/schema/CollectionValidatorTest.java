package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostic;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules over the whole tree of briefs. */
class CollectionValidatorTest {

    @TempDir
    Path temp;

    private Path briefs;

    @BeforeEach
    void site() {
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), temp);
        briefs = temp.resolve("briefs");
    }

    private void copyAs(String fixture, String name, String from, String to) throws IOException {
        String text = SiteFiles.read(Path.of("src/test/resources/briefs/valid/" + fixture));
        Files.writeString(briefs.resolve(name), text.replace(from, to));
    }

    private List<String> check() {
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.check(temp));
        return result.diagnostics().sorted().stream().map(d -> shortPath(d) + " " + d.message()).toList();
    }

    private static String shortPath(Diagnostic d) {
        return d.path().substring(d.path().lastIndexOf('/') + 1) + ":" + d.position() + " " + d.severity().label()
                + " [" + d.rule().id() + "]";
    }

    @Test
    void reportsTwoBriefsWithOneSlugNamingBoth() throws IOException {
        copyAs("2026-11-26-minimal.md", "2026-11-26-a.md", "tags:", "slug: river-levels\ntags:");

        List<String> found = check();

        assertEquals(1, found.size(), found::toString);
        assertEquals("2026-11-26-a.md:4:7 error [slug-duplicate] slug \"river-levels\" is also used by "
                + shown(briefs.resolve("2026-10-05-river-levels.md")) + "; each brief needs its own page",
                found.get(0));
    }

    @Test
    void warnsOfTheSameTitleOnTheSameDate() throws IOException {
        copyAs("2026-11-26-minimal.md", "2026-11-26-first.md", "", "");
        copyAs("2026-11-26-minimal.md", "2026-11-26-second.md", "", "");

        assertEquals(List.of("2026-11-26-second.md:2:8 warning [title-duplicate] title \"Regional grid operators agree "
                + "to share outage data\" on 2026-11-26 is also used by " + shown(briefs.resolve("2026-11-26-first.md"))), check());
    }

    @Test
    void warnsOfTagsThatDifferOnlyInSpelling() throws IOException {
        copyAs("2026-11-26-minimal.md", "2026-11-26-a.md", "[energy, grids]", "[open-ai, battery]");
        copyAs("2026-11-26-minimal.md", "2026-11-26-b.md", "[energy, grids]", "[openai]");
        copyAs("2026-11-26-minimal.md", "2026-11-26-c.md", "[energy, grids]", "[openai]");

        List<String> found = check().stream().filter(line -> line.contains("tag-spelling")).toList();

        assertEquals(List.of(
                "2026-11-26-a.md:4:7 warning [tag-spelling] tag \"battery\" differs from \"batteries\" only in spelling",
                "2026-11-26-a.md:4:7 warning [tag-spelling] tag \"open-ai\" differs from \"openai\" only in spelling"),
                found);
    }

    private static String shown(Path file) {
        return new ContentScanner(Path.of("")).displayPath(file);
    }
}
