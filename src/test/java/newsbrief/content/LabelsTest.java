package newsbrief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.model.Labels;
import newsbrief.model.SiteConfig;
import newsbrief.render.LabelText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The label sets newsbrief brings, and site.yaml's {@code language:} and {@code labels:} over them. */
class LabelsTest {

    @TempDir
    Path temp;

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<SiteConfig> read(String yaml) throws IOException {
        Path file = temp.resolve("site.yaml");
        Files.writeString(file, "title: T\nbaseUrl: https://x.org/\n" + yaml);
        return new SiteConfigReader(new ContentScanner(temp)).read(file, Optional.empty(), diagnostics);
    }

    private List<String> headlines() {
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void everySetHasEveryKeyOfTheEnglishOne(String language) {
        Labels set = LabelSets.forLanguage(language).orElseThrow();

        assertEquals(LabelSets.keys(), set.patterns().keySet());
        set.patterns().forEach((key, pattern) -> assertTrue(!pattern.equals(LabelSets.english().pattern(key).get())
                || List.of("rssFeed", "jsonFeed", "readMoreHidden", "sources", "pagesNavigation").contains(key),
                () -> language + " leaves " + key + " in English"));
    }

    @Test
    void aTerritoryOrScriptSpeaksItsLanguage() {
        assertEquals(LabelSets.forLanguage("de"), LabelSets.forLanguage("de-AT"));
        assertEquals(LabelSets.forLanguage("fr"), LabelSets.forLanguage("fr-CA"));
        assertEquals(Optional.empty(), LabelSets.forLanguage("pt-BR"));
    }

    @Test
    void labelsReplaceTheLanguagesWordsKeyByKey() throws IOException {
        SiteConfig config = read("language: de\nlabels:\n  sources: \"Belege\"\n"
                + "  readingTime: \"{minutes, plural, one {# Minute} other {# Minuten}}, {words} Wörter\"\n")
                .orElseThrow();
        LabelText labels = LabelText.of(config);

        assertEquals(List.of(), headlines());
        assertEquals("Belege", labels.text("sources"));
        assertEquals("Verwandte Briefings", labels.text("relatedBriefs"), "the rest stays German");
        assertEquals("1 Minute, 1.234 Wörter", labels.format("readingTime", "minutes", 1, "words", 1234));
        assertEquals("3 Minuten, 200 Wörter", labels.format("readingTime", "minutes", 3, "words", 200));
    }

    @Test
    void aLanguageWithoutASetKeepsEnglishWordsWithAWarning() throws IOException {
        SiteConfig config = read("language: pt-BR\n").orElseThrow();

        assertEquals(List.of("site.yaml:3:11: warning: language \"pt-BR\" has no built-in labels; pages, feeds and "
                + "emails show English words [config-language]"), headlines());
        assertEquals("Sources", LabelText.of(config).text("sources"));
        assertEquals("pt-BR", config.language(), "<html lang> says what the site says");
    }

    @Test
    void aLanguageWhoseEveryLabelIsGivenIsNotWarnedOf() throws IOException {
        String labels = LabelSets.english().patterns().entrySet().stream()
                .map(entry -> "  " + entry.getKey() + ": \"" + entry.getValue().replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining("\n", "labels:\n", "\n"));

        SiteConfig config = read("language: pt\n" + labels.replace("\"Sources\"", "\"Fontes\"")).orElseThrow();

        assertEquals(List.of(), headlines());
        assertEquals("Fontes", LabelText.of(config).text("sources"));
    }

    @Test
    void aWrongLabelIsAnErrorAtItsLineAndTheSiteIsNotRead() throws IOException {
        Optional<SiteConfig> config = read("labels:\n  pagePosition: \"Page {number}\"\n  tagz: x\n");

        assertTrue(config.isEmpty());
        assertEquals(List.of("site.yaml:4:17: error: label \"pagePosition\" lacks the placeholder {count} [config-label]",
                "site.yaml:5:3: error: unknown labels key \"tagz\" [config-unknown-key]"), headlines());
    }

    @Test
    void aSingleQuoteIsAQuote() throws IOException {
        SiteConfig config = read("language: fr\nlabels:\n  readMore: \"Lire l'article\"\n").orElseThrow();

        assertEquals("Lire l'article", LabelText.of(config).text("readMore"));
    }
}
