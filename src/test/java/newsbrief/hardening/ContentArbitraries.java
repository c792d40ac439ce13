package newsbrief.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of content folders for property tests: site settings, schema variants and briefs,
 * built from parts that are mostly right and often wrong in the ways editors and attackers are:
 * hostile characters, very large and negative numbers, impossible and extreme dates, too many or
 * clashing tags, broken patterns. No symbolic links (the catalogue covers those).
 */
final class ContentArbitraries {

    /** Pieces of text that mean something to YAML, Markdown, HTML, XML, JSON or a terminal. */
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "]]>", "</title>", "\"", "'",
            "\\", "&amp;", "&#0;", "---", "#", ": ", "- ", "*", "[x](javascript:alert(1))", "{{", "${x}", "%s", "\u0000",
            "\u0007", "\u001b[31m", "\r", "\t", "\u2028", "\u202e", "\ufeff", "\ufffe", "\ud800", "\udfff",
            "\ud83d\udcf0", "e\u0301", "TK", "lorem ipsum", "\u00a0", " ", "\n", "\\u0000", "!!str ", "&a ", "*a ");
    private static final List<String> DATES = List.of("2026-11-26", "2024-02-29", "2023-02-29", "0001-01-01",
            "9999-12-31", "0000-01-01", "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "9999-12-31T23:59:59-18:00",
            "0001-01-01T00:00:00+18:00", "2026-11-26T25:00:00Z", "2026-13-01", "26-11-2026", "2026-11-26T09:30:00+01:00",
            "2026-11-26T09:30:00.123456789Z", "2026-11-26T09:30:00", "+999999999-12-31", "1970-01-01T00:00:00Z",
            "2038-01-19T03:14:08Z", "now", "", "~", "[2026-11-26]");
    private static final List<String> NUMBERS = List.of("0", "1", "2", "-1", "20", "1000000", "2147483647",
            "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e9", "0x10", "many", "", "~", "[1]");
    private static final List<String> TAGS = List.of("ai", "energy", "open-ai", "openai", "OpenAI", "Open-AIs", "AI",
            "grids", "grid", "cities", "city", "../etc", "a b", "-x-", "x".repeat(60), "\u00e9t\u00e9", "tag\u0000",
            "1", "a-b-c-d-e-f-g-h-i-j-k");
    private static final List<String> PATTERNS = List.of("[a-z0-9]+(-[a-z0-9]+)*", "(a*)*\\\\1", "[", "(?i)[a-z]+",
            ".*", "(a|aa)+", "(?=a)a", "\\\\p{L}+", "a{1000}", "(((((((((a)))))))))", "[^\\\\x00]*", "");

    private ContentArbitraries() {
    }

    /** A whole content folder. */
    static Arbitrary<GeneratedContent> content() {
        Arbitrary<Optional<String>> schema = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Optional.empty())),
                Tuple.of(1, schemaYaml().map(Optional::of)));
        Arbitrary<String> site = Arbitraries.frequencyOf(Tuple.of(5, cleanSiteYaml()), Tuple.of(1, siteYaml()));
        Arbitrary<GeneratedContent.Brief> brief = Arbitraries.frequencyOf(Tuple.of(3, cleanBrief()), Tuple.of(1, brief()));
        return Combinators.combine(site, schema, brief.list().ofMinSize(1).ofMaxSize(3)).as(GeneratedContent::new);
    }

    /** Text of up to eight pieces, hostile ones among plain words. */
    static Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(HOSTILE),
                Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(4));
        return piece.list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    /** A YAML value for {@code text}: as written, or in double or single quotes. */
    static Arbitrary<String> yamlValue(Arbitrary<String> text) {
        return Combinators.combine(text, Arbitraries.integers().between(0, 5)).as((value, style) -> switch (style) {
            case 0 -> value;
            case 1, 2, 3 -> doubleQuoted(value);
            default -> "'" + value.replace("'", "''").replace("\n", " ") + "'";
        });
    }

    /** A YAML double-quoted scalar: every character that YAML does not allow as written is escaped. */
    static String doubleQuoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate(c) || c >= 0xfffe) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** Valid site settings, with hostile text where any text is allowed. */
    static Arbitrary<String> cleanSiteYaml() {
        return Combinators.combine(text().filter(t -> !t.isBlank()), text(), Arbitraries.integers().between(1, 50))
                .as((title, description, pageSize) -> "title: " + doubleQuoted(title) + "\ndescription: "
                        + doubleQuoted(description) + "\nbaseUrl: https://example.github.io/newsletter/\npageSize: "
                        + pageSize + "\n");
    }

    /** Site settings, each usually right: most generated folders get past them to their briefs. */
    static Arbitrary<String> siteYaml() {
        Arbitrary<String> baseUrl = usually("https://example.github.io/newsletter/", "https://example.org",
                "http://[::1]:8080/x/", "ftp://example.org/", "https://example.org/a b/", "https://example.org/?q=1",
                "//example.org/", "https://ex%41mple.org/%2e%2e/");
        Arbitrary<String> language = usually("en", "en-GB", "de", "12", "", "x-klingon", "zz", "en_US");
        Arbitrary<String> count = usually("10", NUMBERS.toArray(String[]::new));
        Arbitrary<String> rawHtml = usually("sanitize", "escape", "allow", "strip");
        Arbitrary<String> bytes = usually("1048576", "100", "1", "0", "-5", "99999999999", "4096");
        return Combinators.combine(yamlValue(text()), baseUrl, language, count, count, rawHtml, bytes, yamlValue(text()))
                .as((title, url, lang, pageSize, feedCount, html, maxBytes, author) -> "title: " + title + "\nbaseUrl: "
                        + url + "\nlanguage: " + lang + "\npageSize: " + pageSize + "\nfeedCount: " + feedCount
                        + "\nrawHtml: " + html + "\nmaxFileBytes: " + maxBytes + "\nauthor: " + author + "\n");
    }

    /** {@code usual} nine times in ten, else one of {@code others}. */
    private static Arbitrary<String> usually(String usual, String... others) {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(usual)), Tuple.of(1, Arbitraries.of(others)));
    }

    /** The built-in schema with its tag pattern, list limit, word range and one severity changed. */
    static Arbitrary<String> schemaYaml() {
        Arbitrary<String> severity = usually("placeholder: off", "brief-words: error", "section-missing: warning",
                "bogus-rule: off", "tag-spelling: sometimes", "updated-before-date: error", "field-max-items: off");
        Arbitrary<String> pattern = usually("[a-z0-9]+(-[a-z0-9]+)*", PATTERNS.toArray(String[]::new));
        return Combinators.combine(pattern, usually("20", NUMBERS.toArray(String[]::new)),
                usually("150", NUMBERS.toArray(String[]::new)), severity)
                .as((tagPattern, maxItems, words, rule) -> defaultSchema()
                        .replace("pattern: \"[a-z0-9]+(-[a-z0-9]+)*\"", "pattern: \"" + tagPattern + "\"")
                        .replace("max-items: 20", "max-items: " + maxItems)
                        .replace("words: {max: 150, severity: warning}", "words: {max: " + words + ", severity: warning}")
                        .replace("  bullet-sentences: warning", "  bullet-sentences: warning\n  " + rule));
    }

    static String defaultSchema() {
        try {
            return Files.readString(Path.of("src/main/resources/newsbrief/schema/default-schema.yaml"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A brief that keeps the rules, with hostile text wherever text is allowed and dates anywhere
     * from year 1 to 9999; its sections are generated, so it is not always valid.
     */
    static Arbitrary<GeneratedContent.Brief> cleanBrief() {
        // Dates as editors write them, at the ends of the range, and just past them (which look as valid).
        Arbitrary<String> date = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("2026-11-26", "2024-02-29",
                "0001-01-01", "9999-12-31", "9999-12-31T23:59:59-18:00", "0001-01-01T00:00:00+18:00",
                "2026-11-26T09:30:00.123456789Z", "1970-01-01T00:00:00Z")), Tuple.of(1, Arbitraries.of("0000-01-01",
                "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "+10000-01-01")));
        // A few tags as a rule, now and then the most allowed: each tag is a page and a feed to render.
        Arbitrary<Integer> tagCount = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 4)),
                Tuple.of(1, Arbitraries.just(20)));
        Arbitrary<String> tags = tagCount.flatMap(count -> Arbitraries.of("ai", "energy", "open-ai", "openai", "grids",
                "grid", "cities", "city", "x".repeat(40), "a-b-c").list().ofSize(count))
                .map(list -> "[" + String.join(", ", list) + "]");
        Arbitrary<String> title = text().filter(t -> !t.isBlank() && t.strip().codePointCount(0, t.strip().length()) <= 140);
        return Combinators.combine(date, title, tags, text(), Arbitraries.integers().between(0, 7), validBody())
                .as((when, headline, tagList, author, name, body) -> new GeneratedContent.Brief(
                        "2026-11-26-clean-" + name + ".md", "---\ntitle: " + doubleQuoted(headline) + "\ndate: " + when
                                + "\ntags: " + tagList + "\nauthor: " + doubleQuoted(author + "x") + "\n---\n\n" + body));
    }

    static Arbitrary<GeneratedContent.Brief> brief() {
        Arbitrary<String> tags = Arbitraries.of(TAGS).list().ofMaxSize(24).map(list -> "[" + String.join(", ", list) + "]");
        Arbitrary<Optional<String>> updated = Arbitraries.of(DATES).optional();
        Arbitrary<String> draft = Arbitraries.of("false", "true", "\"false\"", "yes", "");
        return Combinators.combine(Arbitraries.of(DATES), yamlValue(text()), tags, updated, draft, body(),
                Arbitraries.integers().between(0, 9))
                .as((date, title, tagList, changed, isDraft, body, name) -> new GeneratedContent.Brief(
                        (name < 8 ? "2026-11-26-brief-" + name : "odd name " + name) + ".md",
                        "---\ntitle: " + title + "\ndate: " + date + "\ntags: " + tagList
                                + changed.map(d -> "\nupdated: " + d).orElse("") + "\ndraft: " + isDraft + "\n---\n\n"
                                + body));
    }

    /** The three sections in order, each with what it may hold, and hostile text in them. */
    static Arbitrary<String> validBody() {
        Arbitrary<String> bullets = text().map(t -> "- Operators publish outage data " + t + ".\n").list()
                .ofMinSize(2).ofMaxSize(5).map(list -> String.join("", list));
        Arbitrary<String> paragraph = Arbitraries.oneOf(text().map(t -> "Each operator reported outages its own way, "
                + t + ".\n"), Arbitraries.of("Text with <em>inline</em> HTML <script>x</script> and a [link](https://x.org/).\n",
                "Plain words, then a quote.\n\n> \"A pull quote.\"\n", "Deep.\n\n" + ">".repeat(100) + " quote\n",
                "Brackets " + "[".repeat(300) + "\n", "A list follows.\n\n1. one\n2. two\n"));
        return Combinators.combine(bullets, paragraph, paragraph).as((list, signal, implication) -> "## The Summary\n\n"
                + list + "\n## The Signal\n\n" + signal + "\n## The Implication\n\n" + implication);
    }

    /** The three sections, mostly in order and of the right kinds, with hostile text in them. */
    static Arbitrary<String> body() {
        Arbitrary<String> bullets = text().map(t -> "- Operators publish outage data " + t + ".\n").list()
                .ofMinSize(0).ofMaxSize(7).map(list -> String.join("", list));
        Arbitrary<String> paragraph = Arbitraries.oneOf(text().map(t -> "Each operator reported outages its own way " + t
                + ".\n"), Arbitraries.of("> \"A pull quote.\"\n", "```\ncode\n```\n", "<div onclick=x>raw</div>\n",
                "| a | b |\n|---|---|\n| 1 | 2 |\n", "### Sub\n", "[link](reports/old.html) and [](https://x.org/)\n",
                ">".repeat(300) + " deep\n", "[".repeat(500) + "\n", "TK TK TK TK TK TK TK TK TK TK TK TK\n"));
        Arbitrary<String> heading = Arbitraries.of("## The Summary", "## The Signal", "## The Implication", "## The Singal",
                "# Title", "## the summary", "##The Signal");
        return Combinators.combine(bullets, paragraph, paragraph, heading, Arbitraries.integers().between(0, 4))
                .as((list, signal, implication, extra, shape) -> switch (shape) {
                    case 0 -> "## The Summary\n\n" + list + "\n" + extra + "\n\n" + signal;
                    case 1 -> "## The Signal\n\n" + signal + "\n## The Summary\n\n" + list;
                    default -> "## The Summary\n\n" + list + "\n## The Signal\n\n" + signal + "\n## The Implication\n\n"
                            + implication;
                });
    }
}
