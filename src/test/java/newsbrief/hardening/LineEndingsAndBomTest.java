package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.diag.Diagnostic;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A brief saved with a byte-order mark, Windows or old Mac line ends reads exactly like one without. */
class LineEndingsAndBomTest {

    private static final List<String> VARIANTS = List.of("lf", "crlf", "bom-crlf", "cr");

    @TempDir
    Path temp;

    private static String encode(String text, String variant) {
        return switch (variant) {
            case "crlf" -> text.replace("\n", "\r\n");
            case "bom-crlf" -> "\uFEFF" + text.replace("\n", "\r\n");
            case "cr" -> text.replace("\n", "\r");
            default -> text;
        };
    }

    private BuildResult build(String variant, String brief) throws IOException {
        Path content = temp.resolve(variant + "-content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        Files.writeString(content.resolve("briefs/2026-11-26-windows.md"), encode(brief, variant), StandardCharsets.UTF_8);
        return new SiteBuild(Path.of("")).run(BuildRequest.build(content, temp.resolve(variant + "-site")));
    }

    @Test
    void givesTheSamePages() throws IOException {
        String brief = SiteFiles.read(Path.of("src/test/resources/briefs/valid/2026-11-26-full.md"));
        for (String variant : VARIANTS) {
            assertEquals(BuildResult.Outcome.OK, build(variant, brief).outcome(), variant);
        }
        Path reference = temp.resolve("lf-site");
        for (String variant : VARIANTS) {
            Path site = temp.resolve(variant + "-site");
            for (String file : SiteFiles.list(reference)) {
                assertEquals(SiteFiles.contents(reference.resolve(file)), SiteFiles.contents(site.resolve(file)),
                        variant + " " + file);
            }
        }
    }

    @Test
    void givesTheSameLinesAndColumns() throws IOException {
        String broken = SiteFiles.read(Path.of("src/test/resources/briefs/invalid/2026-11-26-many-problems.md"));
        List<String> reference = positions(build("lf", broken));
        for (String variant : VARIANTS) {
            assertEquals(reference, positions(build(variant, broken)), variant);
        }
    }

    private static List<String> positions(BuildResult result) {
        return result.diagnostics().sorted().stream().filter(d -> d.path().endsWith("windows.md"))
                .map(Diagnostic::headline).map(line -> line.substring(line.indexOf("windows.md"))).toList();
    }
}
