package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.cli.Main;
import newsbrief.content.LabelSets;
import newsbrief.model.Labels;
import newsbrief.render.LabelText;
import newsbrief.testing.ShownText;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German newsletter ({@code sites/german/}: German briefs under German headings) speaks German
 * everywhere: no English interface word on any page, feed or email edition, dates as German
 * writes them. Each English label is looked for by its words around its numbers and placeholders;
 * the same site built in English shows every one of them, so each is looked for where it stands.
 */
class SiteLanguageTest {

    private static final Path GERMAN = Path.of("src/test/resources/sites/german/content");
    private static final String NOW = "2026-12-01T08:00:00Z";
    /** Shown only by a site without briefs, which is built too. */
    private static final Set<String> EMPTY_SITE_ONLY = Set.of("noBriefs", "noTags");

    @TempDir
    static Path temp;

    static Path german;
    static Path english;

    @BeforeAll
    static void buildBothLanguages() throws IOException {
        german = build(GERMAN, "de");
        Path englishContent = temp.resolve("english-content");
        SiteFiles.copyTree(GERMAN, englishContent);
        Path settings = englishContent.resolve("site.yaml");
        Files.writeString(settings, Files.readString(settings).replace("language: de", "language: en"));
        english = build(englishContent, "en");
    }

    /** The site (drafts and scheduled briefs marked), its email editions and a site without briefs. */
    private static Path build(Path content, String name) throws IOException {
        Path out = temp.resolve(name);
        BuildResult site = new SiteBuild(Path.of("")).run(BuildRequest.build(content, out.resolve("site"))
                .withDrafts(true).withFuture(true).withNow(Instant.parse(NOW)));
        assertEquals(BuildResult.Outcome.OK, site.outcome(), () -> site.diagnostics().sorted().toString());
        email(content, out.resolve("email"), "netzspeicher", "wasserstoff-haefen", "bahn-takt");
        email(content, out.resolve("email"), "--digest", "2026-12-01");
        Path empty = temp.resolve(name + "-empty-content");
        SiteFiles.copyTree(content, empty);
        for (String brief : SiteFiles.list(empty.resolve("briefs"))) {
            Files.delete(empty.resolve("briefs").resolve(brief));
        }
        new SiteBuild(Path.of("")).run(BuildRequest.build(empty, out.resolve("empty")).withNow(Instant.parse(NOW)));
        return out;
    }

    private static void email(Path content, Path out, String... what) {
        List<String> args = new ArrayList<>(List.of("email", "--content", content.toString(), "--out", out.toString(),
                "--now", NOW, "--color=never"));
        args.addAll(List.of(what));
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err, true));
        assertEquals(0, exit, err::toString);
    }

    @Test
    void noEnglishInterfaceWordIsLeftOnAnyPageFeedOrEmail() {
        Map<String, Set<String>> english = lookedFor();
        Map<String, Set<String>> germanWords = fragments(LabelSets.forLanguage("de").orElseThrow(), "de");
        List<String> found = new ArrayList<>();
        ShownText.of(german).forEach((file, texts) -> english.forEach((key, words) -> {
            if (!germanWords.get(key).equals(words)) {
                for (String word : words) {
                    if (texts.stream().anyMatch(text -> contains(text, word))) {
                        found.add(file + ": \"" + word + "\" (" + key + ")");
                    }
                }
            }
        }));

        assertEquals(List.of(), found);
    }

    /**
     * Each key's words shows in the English build where the German test looks (a singular form,
     * "1 word", may stay unseen: no brief has one word).
     */
    @Test
    void theSameSiteInEnglishShowsEveryLabelTheTestLooksFor() {
        Map<String, List<String>> shown = ShownText.of(english);
        List<String> missing = new ArrayList<>();
        lookedFor().forEach((key, words) -> {
            boolean seen = shown.entrySet().stream()
                    .filter(file -> file.getKey().startsWith("empty/") == EMPTY_SITE_ONLY.contains(key))
                    .anyMatch(file -> file.getValue().stream().anyMatch(text -> words.stream()
                            .anyMatch(word -> contains(text, word))));
            if (!seen) {
                missing.add(key + ": " + words);
            }
        });

        assertEquals(List.of(), missing, "every English label, where the German test looks for it");
    }

    /**
     * The words of each English label to look for: all but those the German content uses itself
     * ("in"), which cannot tell interface from content. Every key with words keeps at least one;
     * one without (": {title}") is punctuation only.
     */
    private static Map<String, Set<String>> lookedFor() {
        String content = SiteFiles.list(GERMAN).stream().map(file -> SiteFiles.read(GERMAN.resolve(file)))
                .reduce("", String::concat);
        Map<String, Set<String>> words = fragments(LabelSets.english(), "en");
        words.values().removeIf(Set::isEmpty);
        words.values().forEach(set -> set.removeIf(word -> contains(content, word)));
        words.forEach((key, set) -> assertTrue(!set.isEmpty(), () -> key + " has no word to look for"));
        return words;
    }

    @Test
    void datesAreWrittenAsGermanWritesThem() {
        Document brief = SiteFiles.html(german.resolve("site/briefs/bahn-takt/index.html"));
        assertEquals("1. Dezember 2026", brief.selectFirst(".meta time").text());
        Document updated = SiteFiles.html(german.resolve("site/briefs/netzspeicher/index.html"));
        assertEquals("Aktualisiert am 1. Dezember 2026", updated.selectFirst(".meta__updated").text());
        Document archive = SiteFiles.html(german.resolve("site/archive/index.html"));
        assertEquals(List.of("Dezember 2026", "November 2026"), archive.select(".archive-month h2").eachText());
        Document email = SiteFiles.html(german.resolve("email/bahn-takt.html"));
        assertTrue(email.text().contains("1. Dezember 2026 · Das Drei-Teile-Briefing"), email::text);
    }

    @Test
    void pagesFeedsAndEmailsNameTheirLanguage() {
        Document home = SiteFiles.html(german.resolve("site/index.html"));
        assertEquals("de", home.selectFirst("html").attr("lang"));
        assertEquals("de_DE", home.selectFirst("meta[property=og:locale]").attr("content"));
        assertTrue(SiteFiles.read(german.resolve("site/rss.xml")).contains("<language>de</language>"));
        assertTrue(SiteFiles.read(german.resolve("site/feed.xml")).contains("xml:lang=\"de\""));
        assertTrue(SiteFiles.read(german.resolve("site/feed.json")).contains("\"language\": \"de\""));
        assertEquals("de", SiteFiles.html(german.resolve("email/2026-12-01.html")).selectFirst("html").attr("lang"));
    }

    /** Whether {@code text} holds {@code word} as whole words, not as part of one. */
    private static boolean contains(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /**
     * The words of each label of a set: its text around every number and placeholder, formatted
     * for one and for several, so both plural forms count.
     */
    static Map<String, Set<String>> fragments(Labels labels, String language) {
        LabelText text = new LabelText(labels, language);
        Map<String, Set<String>> fragments = new TreeMap<>();
        for (String key : LabelSets.keys()) {
            Set<String> words = new LinkedHashSet<>();
            for (int number : List.of(1, 7)) {
                String formatted = text.format(key, "count", number, "number", number, "minutes", number, "words",
                        number, "site", "\uE001", "tag", "\uE001", "title", "\uE001", "author", "\uE001", "date", "\uE001");
                for (String piece : formatted.split("[\\d\uE001]+")) {
                    String word = piece.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
            fragments.put(key, words);
        }
        return fragments;
    }
}
