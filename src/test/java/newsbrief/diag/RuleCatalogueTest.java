package newsbrief.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule is specified by a golden diagnostics file and documented in README's rule table, so a
 * rule cannot be added, renamed or changed in severity without both.
 */
class RuleCatalogueTest {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path TESTS = Path.of("src/test/java");

    /**
     * Rules whose input cannot be a committed file (an unreadable folder, a symbolic link out of the
     * checkout, a broken template), with the test that specifies each: {@code Class#method}.
     */
    static final Map<Rule, String> TESTED_ELSEWHERE = Map.ofEntries(
            Map.entry(Rule.FILE_UNREADABLE,
                    "newsbrief.hardening.UnreadableContentTest#aBriefThatVanishesBeforeItIsReadIsReported"),
            Map.entry(Rule.FILE_OUTSIDE_CONTENT,
                    "newsbrief.hardening.HostileInputCatalogueTest#endsInAClearDiagnosticOrASafeSite"),
            Map.entry(Rule.TEMPLATE_ERROR,
                    "newsbrief.serve.PreviewBuildTest#aBrokenTemplateIsReportedAsADiagnostic"),
            Map.entry(Rule.OUTPUT_CLASH,
                    "newsbrief.site.StaticFilesAndLocalLinksTest#aStaticFileMayNotReplaceAGeneratedOne"),
            Map.entry(Rule.LINK_TARGET_MISSING,
                    "newsbrief.site.StaticFilesAndLocalLinksTest#aRootPathThatNoFileAnswersIsAnErrorAtItsLine"),
            Map.entry(Rule.SITE_EMPTY,
                    "newsbrief.cli.HeldBackAndEmptySiteTest#refusesToReplaceASiteThatHasBriefsWithOneThatHasNone"),
            Map.entry(Rule.CONFIG_EMAIL,
                    "newsbrief.email.EmailChecksTest#reportsAnInvalidSenderAtItsLine"),
            Map.entry(Rule.CONFIG_SUBSCRIBE,
                    "newsbrief.email.EmailChecksTest#reportsASubscribeSettingWithBothOrNeitherForm"),
            Map.entry(Rule.EMAIL_SUBJECT_LENGTH,
                    "newsbrief.email.EmailChecksTest#warnsOfASubjectTooLongForTheInboxAtTheTitle"),
            Map.entry(Rule.EMAIL_UNSUBSCRIBE,
                    "newsbrief.email.EmailChecksTest#strictModeWritesNothingWhenThereIsAWarning"),
            Map.entry(Rule.EMAIL_IMAGE,
                    "newsbrief.email.EmailChecksTest#warnsOfImagesWithoutAltOrWidthAndOfRelativeLinksAndFixesThemInTheEmail"),
            Map.entry(Rule.EMAIL_RELATIVE_LINK,
                    "newsbrief.email.EmailChecksTest#warnsOfImagesWithoutAltOrWidthAndOfRelativeLinksAndFixesThemInTheEmail"),
            Map.entry(Rule.IMPORT_REFUSED,
                    "newsbrief.cli.ImportCommandTest#neverOverwritesABriefAndStillImportsTheOtherFiles"),
            Map.entry(Rule.EMAIL_SIZE,
                    "newsbrief.email.EmailChecksTest#anEditionOver100KilobytesIsAnErrorAndNothingIsWritten"));

    private static final Pattern HEADLINE_RULE = Pattern.compile("^\\S+:\\d+:\\d+: (?:error|warning): .* \\[([a-z0-9-]+)\\]$",
            Pattern.MULTILINE);

    @Test
    void everyRuleHasAGoldenFixtureOrANamedTest() throws IOException {
        Set<String> inFixtures = rulesInGoldenFiles();
        for (Rule rule : Rule.values()) {
            boolean fixture = inFixtures.contains(rule.id());
            boolean elsewhere = TESTED_ELSEWHERE.containsKey(rule);
            assertTrue(fixture || elsewhere, () -> "no golden *.diagnostics.txt under " + RESOURCES + " shows ["
                    + rule.id() + "]; add a fixture that breaks it");
            assertFalse(fixture && elsewhere, () -> rule + " has a fixture; take it off TESTED_ELSEWHERE");
        }
        assertTrue(inFixtures.stream().allMatch(id -> Rule.byId(id).isPresent()),
                () -> "golden files name rules that do not exist: " + inFixtures);
    }

    @Test
    void everyRuleTestedElsewhereNamesARealTestThatUsesIt() throws Exception {
        for (Map.Entry<Rule, String> entry : TESTED_ELSEWHERE.entrySet()) {
            String[] parts = entry.getValue().split("#");
            Class<?> test = Class.forName(parts[0]);
            assertTrue(Arrays.stream(test.getDeclaredMethods()).map(Method::getName).anyMatch(parts[1]::equals),
                    () -> entry.getValue() + " does not exist");
            Path source = TESTS.resolve(parts[0].replace('.', '/') + ".java");
            String constant = "Rule." + entry.getKey().name();
            assertTrue(Files.readString(source, StandardCharsets.UTF_8).contains(constant),
                    () -> source + " never mentions " + constant);
        }
    }

    @Test
    void readmeDocumentsEveryRuleWithItsDefaultSeverity() throws IOException {
        Map<String, String> documented = readmeRuleTable();
        List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
        assertEquals(new TreeSet<>(ids), new TreeSet<>(documented.keySet()), "README's rule table lists every rule once");
        for (Rule rule : Rule.values()) {
            String severity = documented.get(rule.id());
            assertTrue(severity.startsWith(rule.defaultSeverity().label()), () -> rule + ": README says " + severity);
            assertEquals(rule.adjustable(), severity.contains("adjustable"), () -> rule + ": README says " + severity);
        }
    }

    @Test
    void ruleIdsAreUniqueAndSpeltAsPrinted() {
        Set<String> seen = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            assertTrue(seen.add(rule.id()), () -> "two rules named " + rule.id());
            assertEquals(rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), rule.id());
            assertEquals(rule, Rule.byId(rule.id()).orElseThrow());
        }
    }

    private static Set<String> rulesInGoldenFiles() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".diagnostics.txt")).toList()) {
                Matcher matcher = HEADLINE_RULE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
            }
        }
        return ids;
    }

    /** Rule id to the "default" column, from the rows of README's table of rules. */
    private static Map<String, String> readmeRuleTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("| rule id | default | example |"));
        table = table.substring(0, table.indexOf("\n\n"));
        Map<String, String> rows = new LinkedHashMap<>();
        for (String row : table.lines().skip(2).toList()) {
            String[] cells = row.split("\\|");
            Matcher id = Pattern.compile("`([a-z0-9-]+)`").matcher(cells[1]);
            while (id.find()) {
                assertFalse(rows.containsKey(id.group(1)), "README lists " + id.group(1) + " twice");
                rows.put(id.group(1), cells[2].strip());
            }
        }
        return rows;
    }
}
