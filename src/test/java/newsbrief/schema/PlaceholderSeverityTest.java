package newsbrief.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Rule;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unedited brief from {@code new} cannot be published by deleting its draft line. */
class PlaceholderSeverityTest {

    @TempDir
    Path temp;

    private Path content;
    private Path scaffold;

    @BeforeEach
    void startABriefFromTheSchema() throws Exception {
        content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        scaffold = new BriefScaffold(SchemaLoader.defaultSchema())
                .create(content.resolve("briefs"), new BriefScaffold.Draft("Central banks test a shared ledger",
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of()),
                        LocalDate.of(2026, 11, 26));
    }

    private BuildResult build() {
        return new SiteBuild(Path.of("")).run(BuildRequest.build(content, temp.resolve("out")));
    }

    /** The built-in schema as content/schema.yaml, with {@code placeholder: setting} in its severity map. */
    private void giveThePlaceholderRule(String setting) throws IOException {
        String schema = SiteFiles.read(Path.of("src/main/resources/newsbrief/schema/default-schema.yaml"));
        Files.writeString(content.resolve("schema.yaml"), schema.stripTrailing() + "\n  placeholder: " + setting + "\n");
    }

    private void publish() throws IOException {
        String text = Files.readString(scaffold);
        assertTrue(text.contains("draft: true\n"), text);
        Files.writeString(scaffold, text.replace("draft: true\n", ""));
    }

    /** How the placeholders were reported; the scaffold's other problem, too few words, is a warning. */
    private static Set<String> severities(BuildResult result) {
        return result.diagnostics().sorted().stream().map(d -> d.rule() + " " + d.severity().label())
                .filter(reported -> !reported.equals("brief-words warning")).collect(Collectors.toSet());
    }

    @Test
    void anUneditedScaffoldIsAnErrorOnceItIsNoDraft() throws IOException {
        publish();

        BuildResult result = build();

        assertEquals(BuildResult.Outcome.CONTENT_ERRORS, result.outcome());
        assertEquals(Set.of("placeholder error"), severities(result));
        assertEquals(4, result.diagnostics().errorCount(), "two bullets, the Signal and the Implication");
        Diagnostic first = result.diagnostics().sorted().stream().filter(d -> d.rule() == Rule.PLACEHOLDER)
                .findFirst().orElseThrow();
        assertEquals(java.util.Optional.of("replace it with the final copy, or mark the brief \"draft: true\" until it is ready"),
                first.hint());
        assertFalse(Files.exists(temp.resolve("out")), "nothing is published");
    }

    @Test
    void inADraftAPlaceholderIsAWarning() {
        BuildResult result = build();

        assertEquals(BuildResult.Outcome.OK, result.outcome());
        assertEquals(Set.of("placeholder warning"), severities(result));
        assertFalse(Files.exists(temp.resolve("out/briefs/central-banks-test-a-shared-ledger/index.html")));
    }

    @Test
    void theSchemaCanMakeItAWarningEverywhere() throws IOException {
        giveThePlaceholderRule("warning");
        publish();

        BuildResult result = build();

        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> result.diagnostics().sorted().toString());
        assertEquals(Set.of("placeholder warning"), severities(result));
        assertTrue(Files.exists(temp.resolve("out/briefs/central-banks-test-a-shared-ledger/index.html")));
    }

    @Test
    void orSwitchItOff() throws IOException {
        giveThePlaceholderRule("off");
        publish();

        BuildResult result = build();

        assertEquals(Set.of(), severities(result));
        assertEquals(BuildResult.Outcome.OK, result.outcome());
    }
}
