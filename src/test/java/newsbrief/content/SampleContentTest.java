package newsbrief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** The briefs we ship in content/ are examples for editors: they must be spotless. */
class SampleContentTest {

    @Test
    void sampleBriefsHaveNoErrorOrWarning() {
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.check(Path.of("content")));

        assertEquals(List.of(), result.diagnostics().sorted().stream().map(Diagnostic::headline).toList());
        assertEquals(BuildResult.Outcome.OK, result.outcome());
        assertTrue(result.briefCount() >= 9, "at least 8 published briefs and one draft");
    }
}
