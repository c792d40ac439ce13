package newsbrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import newsbrief.render.Templates;
import newsbrief.schema.SchemaLoader;
import newsbrief.testing.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds after a save re-read and re-render only what the save touched. */
class PreviewBuildTest {

    @TempDir
    Path temp;

    private Path content;
    private Path templates;
    private PreviewBuild build;

    @BeforeEach
    void firstBuild() {
        content = temp.resolve("content");
        templates = temp.resolve("templates");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        SiteFiles.copyTree(Path.of("templates"), templates);
        build = new PreviewBuild(Path.of(""), content, templates, temp.resolve("classes"), "http://127.0.0.1:8080/",
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
        PreviewBuild.Result first = build.rebuild(Set.of());
        assertTrue(first.ok(), first.build().diagnostics().sorted()::toString);
        assertEquals(first.build().filesTotal(), first.build().filesMade(), "the first build makes everything");
        assertFalse(build.compilesTemplates(), "templates/ is what the jar was built from");
    }

    private Path brief(String name) {
        return content.resolve("briefs").resolve(name);
    }

    private void edit(Path file, String from, String to) throws IOException {
        Files.writeString(file, SiteFiles.read(file).replace(from, to));
    }

    /** The schema newsbrief brings, written out as a site's own. */
    private static void writeBuiltInSchema(Path file) throws IOException {
        try (var builtIn = SchemaLoader.class.getResourceAsStream("/newsbrief/schema/default-schema.yaml")) {
            Files.write(file, builtIn.readAllBytes());
        }
    }

    private static String page(PreviewBuild.Result result, String path) {
        return new String(result.snapshot().orElseThrow().file(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void aSaveWithoutChangesRendersNothing() {
        PreviewBuild.Result result = build.rebuild(Set.of(brief("2026-10-05-river-levels.md")));

        assertTrue(result.ok());
        assertEquals(0, result.build().filesMade());
    }

    @Test
    void aChangedSentenceRendersOnlyThePagesThatShowIt() throws IOException {
        Path river = brief("2026-10-05-river-levels.md");
        edit(river, "arrived early", "arrived three weeks early");

        PreviewBuild.Result result = build.rebuild(Set.of(river));

        assertTrue(page(result, "briefs/river-levels/").contains("arrived three weeks early"));
        assertTrue(result.build().filesMade() < result.build().filesTotal(), result.build().filesMade() + " of " + result.build().filesTotal());
        // Its own page, the pages that list it (home page 2, its two tag pages), the pages that
        // link to it as a neighbour or a related brief, the five feeds that carry it, and its email
        // edition. Not the archive: it shows headlines only, and the headline stayed.
        assertEquals(12, result.build().filesMade());
    }

    @Test
    void aChangedHeadlineReachesTheArchive() throws IOException {
        Path river = brief("2026-10-05-river-levels.md");
        build.rebuild(Set.of(river));
        edit(river, "River freight slows as water levels drop", "River freight halts as water levels drop");

        PreviewBuild.Result result = build.rebuild(Set.of(river));

        assertTrue(page(result, "archive/").contains("River freight halts as water levels drop"));
        assertFalse(page(result, "archive/").contains("River freight slows"));
        assertEquals(13, result.build().filesMade(), "the archive as well as the twelve a text edit makes");
    }

    @Test
    void aNewBriefAppearsAndADeletedOneDisappears() throws IOException {
        Path added = brief("2026-11-25-ferry-strike.md");
        Files.writeString(added, SiteFiles.read(brief("2026-10-05-river-levels.md"))
                .replace("River freight slows as water levels drop", "Ferry crews strike over rosters")
                .replace("2026-10-05", "2026-11-25"));
        PreviewBuild.Result afterAdd = build.rebuild(Set.of(added));
        assertTrue(afterAdd.snapshot().orElseThrow().file("briefs/ferry-strike/").isPresent());

        Files.delete(added);
        PreviewBuild.Result afterDelete = build.rebuild(Set.of(added));

        assertFalse(afterDelete.snapshot().orElseThrow().file("briefs/ferry-strike/").isPresent());
        assertFalse(page(afterDelete, "index.html").contains("Ferry crews"));
    }

    @Test
    void aBrokenBriefFailsTheBuildAndTheNextGoodSaveRecovers() throws IOException {
        Path river = brief("2026-10-05-river-levels.md");
        edit(river, "## The Signal", "## The Singal");

        PreviewBuild.Result broken = build.rebuild(Set.of(river));

        assertFalse(broken.ok());
        assertEquals(Rule.SECTION_UNKNOWN, broken.build().diagnostics().sorted().get(0).rule());
        assertEquals(14, broken.build().diagnostics().sorted().get(0).position().line());

        edit(river, "## The Singal", "## The Signal");
        PreviewBuild.Result fixed = build.rebuild(Set.of(river));

        assertTrue(fixed.ok(), fixed.build().diagnostics().sorted()::toString);
    }

    @Test
    void theRulesOverAllBriefsFollowASaveOfABrokenBrief() throws IOException {
        Path copy = brief("2026-11-25-river-copy.md");
        Files.writeString(copy, SiteFiles.read(brief("2026-10-05-river-levels.md"))
                .replace("River freight slows as water levels drop", "River copy")
                .replace("date: 2026-10-05", "date: 2026-11-25\nslug: river-levels")
                .replace("## The Signal", "## The Singal"));

        PreviewBuild.Result broken = build.rebuild(Set.of(copy));

        assertTrue(rules(broken).contains(Rule.SLUG_DUPLICATE), rules(broken)::toString);

        // Still broken, but with a slug of its own: the duplicate must go, though no valid brief changed.
        edit(copy, "slug: river-levels", "slug: river-copy");
        PreviewBuild.Result renamed = build.rebuild(Set.of(copy));

        assertEquals(Set.of(Rule.SECTION_UNKNOWN), rules(renamed));
    }

    private static Set<Rule> rules(PreviewBuild.Result result) {
        return result.build().diagnostics().sorted().stream().map(Diagnostic::rule)
                .collect(Collectors.toSet());
    }

    @Test
    void showsDraftsAndScheduledBriefsMarked() throws IOException {
        Path river = brief("2026-10-05-river-levels.md");
        edit(river, "date: 2026-10-05", "date: 2026-12-24");

        PreviewBuild.Result result = build.rebuild(Set.of(river));

        assertTrue(page(result, "briefs/grid-storage-draft/").contains("<span class=\"badge\">Draft</span>"));
        assertTrue(page(result, "briefs/river-levels/").contains("<span class=\"badge\">Scheduled</span>"));
    }

    @Test
    void aChangedSiteFileRereadsEverything() throws IOException {
        edit(content.resolve("site.yaml"), "title: \"Test Brief\"", "title: \"Renamed Brief\"");

        PreviewBuild.Result result = build.rebuild(Set.of(content.resolve("site.yaml")));

        // Every file but the stylesheet and the icons, which no setting changes.
        assertEquals(result.build().filesTotal() - Templates.ASSETS.size(), result.build().filesMade());
        assertTrue(page(result, "index.html").contains("Renamed Brief"));
    }

    @Test
    void aBrokenSiteFileStaysBrokenUntilItIsMended() throws IOException {
        Path site = content.resolve("site.yaml");
        String good = SiteFiles.read(site);
        Files.writeString(site, "title: [unclosed\n");
        assertFalse(build.rebuild(Set.of(site)).ok());

        PreviewBuild.Result briefSaved = build.rebuild(Set.of(brief("2026-10-05-river-levels.md")));
        assertFalse(briefSaved.ok(), "saving a brief does not hide the broken site.yaml");
        assertEquals(Rule.YAML_SYNTAX, briefSaved.build().diagnostics().sorted().get(0).rule());

        Files.writeString(site, good);
        assertTrue(build.rebuild(Set.of(site)).ok());
    }

    @Test
    void aSavedTemplateIsCompiledAndRendersEveryPageThatUsesIt() throws IOException {
        Path template = templates.resolve("brief.jte");
        edit(template, "<article class=\"brief\">", "<article class=\"brief brief--edited\">");

        PreviewBuild.Result result = build.rebuild(Set.of(template));

        assertTrue(result.ok(), result.build().diagnostics().sorted()::toString);
        assertTrue(build.compilesTemplates());
        assertTrue(page(result, "briefs/river-levels/").contains("brief--edited"));
        assertTrue(result.build().filesMade() >= result.build().pageCount(), result.build().filesMade() + " made");
    }

    @Test
    void servesThePreviewAtItsOwnAddress() {
        PreviewBuild.Result result = build.rebuild(Set.of());

        assertTrue(page(result, "index.html").contains("href=\"/briefs/battery-recycling/\""));
        assertTrue(page(result, "index.html").contains("<link rel=\"canonical\" href=\"http://127.0.0.1:8080/\">"));
    }

    @Test
    void aBrokenTemplateIsReportedAsADiagnostic() throws IOException {
        Path live = temp.resolve("live-templates");
        SiteFiles.copyTree(Path.of("templates"), live);
        edit(live.resolve("notfound.jte"), "${page.page().links().home()}", "${page.noSuchPart()}");
        PreviewBuild broken = new PreviewBuild(Path.of(""), content, live, temp.resolve("classes2"),
                "http://127.0.0.1:8080/", Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));

        PreviewBuild.Result result = broken.rebuild(Set.of());

        var diagnostics = result.build().diagnostics().sorted();
        assertFalse(result.ok());
        assertEquals(1, diagnostics.size(), diagnostics::toString);
        Diagnostic found = diagnostics.get(0);
        assertEquals(Rule.TEMPLATE_ERROR, found.rule());
        assertTrue(found.path().endsWith("live-templates/notfound.jte"), found::toString);
        assertEquals(SourcePosition.of(7, 1), found.position());
        assertTrue(found.message().startsWith("cannot find symbol: method noSuchPart()"), found::toString);
    }

    @Test
    void aStylesheetLinkedOutOfTheTemplatesIsNotServed() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.css"), "/* the editor's private file */");
        Path stylesheet = templates.resolve("assets/style.css");
        Files.delete(stylesheet);
        Files.createSymbolicLink(stylesheet, secret);

        PreviewBuild.Result result = build.rebuild(Set.of(stylesheet));

        assertTrue(result.ok(), result.build().diagnostics().sorted()::toString);
        String served = page(result, "assets/style.css");
        assertFalse(served.contains("private file"), "the linked file is not served");
        assertEquals(SiteFiles.read(Path.of("templates/assets/style.css")), served, "the jar's stylesheet is");
    }

    @Test
    void eachBriefsEmailIsPreviewedAndFollowsASave() throws IOException {
        PreviewBuild.Result first = build.rebuild(Set.of());
        assertTrue(page(first, "email/river-levels/").contains("River freight slows as water levels drop"));

        Path river = brief("2026-10-05-river-levels.md");
        edit(river, "arrived early", "arrived three weeks early");
        PreviewBuild.Result saved = build.rebuild(Set.of(river));

        assertTrue(page(saved, "email/river-levels/").contains("arrived three weeks early"));
        assertFalse(page(saved, "email/river-levels/").contains("<script"), "no script in an email");
    }

    /** After each edit the preview serves what a fresh build of the same content writes. */
    private void assertSameAsAFreshBuild(PreviewBuild.Result result) throws IOException {
        assertTrue(result.ok(), result.build().diagnostics().sorted()::toString);
        Path out = temp.resolve("fresh-" + System.nanoTime());
        newsbrief.BuildResult fresh = new newsbrief.SiteBuild(Path.of("")).run(newsbrief.BuildRequest.build(content, out)
                .withBaseUrl("http://127.0.0.1:8080/").withDrafts(true).withFuture(true)
                .withNow(Instant.parse("2026-11-26T12:00:00Z")));
        assertTrue(fresh.ok(), fresh.diagnostics().sorted()::toString);
        for (String file : SiteFiles.list(out)) {
            if (!file.equals(".newsbrief-output")) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(out.resolve(file)),
                        result.snapshot().orElseThrow().file(file).orElseThrow(), file + " is stale in the preview");
            }
        }
    }

    @Test
    void aRunOfEditsLeavesThePreviewAsAFreshBuildWouldBe() throws IOException {
        Path river = brief("2026-10-05-river-levels.md");
        edit(river, "tags: [shipping, climate]", "tags: [shipping, batteries]");
        assertSameAsAFreshBuild(build.rebuild(Set.of(river)));

        edit(river, "River freight slows as water levels drop", "River freight halts as water levels drop");
        assertSameAsAFreshBuild(build.rebuild(Set.of(river)));

        edit(river, "date: 2026-10-05", "date: 2026-11-13");
        assertSameAsAFreshBuild(build.rebuild(Set.of(river)));

        Path added = brief("2026-11-25-ferry-strike.md");
        Files.writeString(added, SiteFiles.read(river).replace("River freight halts", "Ferry crews strike")
                .replace("date: 2026-11-13", "date: 2026-11-25"));
        assertSameAsAFreshBuild(build.rebuild(Set.of(added)));

        Files.delete(river);
        assertSameAsAFreshBuild(build.rebuild(Set.of(river)));

        edit(content.resolve("site.yaml"), "pageSize: 2", "pageSize: 1");
        assertSameAsAFreshBuild(build.rebuild(Set.of(content.resolve("site.yaml"))));

        // The settings' key is the text of site.yaml and schema.yaml: a schema of the site's own,
        // an edit of it, and going back to the built-in one each reach every page.
        Path schema = content.resolve("schema.yaml");
        writeBuiltInSchema(schema);
        assertSameAsAFreshBuild(build.rebuild(Set.of(schema)));
        edit(schema, "id: signal", "id: why-it-matters");
        PreviewBuild.Result renamed = build.rebuild(Set.of(schema));
        assertSameAsAFreshBuild(renamed);
        assertTrue(page(renamed, "briefs/ferry-strike/index.html").contains("id=\"why-it-matters\""),
                "the renamed section");
        Files.delete(schema);
        assertSameAsAFreshBuild(build.rebuild(Set.of(schema)));
    }

    /** site.yaml and schema.yaml may be links; the file saved is then the one they lead to. */
    @Test
    void aSaveOfTheFileASettingsLinkLeadsToReachesEveryPage() throws IOException {
        Path schemas = Files.createDirectories(content.resolve("schemas"));
        Path schema = schemas.resolve("newsletter.yaml");
        writeBuiltInSchema(schema);
        Path schemaLink = Files.createSymbolicLink(content.resolve("schema.yaml"),
                Path.of("schemas", "newsletter.yaml"));
        assertSameAsAFreshBuild(build.rebuild(Set.of(schemaLink)));
        edit(schema, "id: signal", "id: why-it-matters");
        PreviewBuild.Result renamed = build.rebuild(Set.of(schema));
        assertSameAsAFreshBuild(renamed);
        assertTrue(page(renamed, "briefs/river-levels/index.html").contains("id=\"why-it-matters\""),
                "the renamed section");

        Path site = Files.move(content.resolve("site.yaml"), content.resolve("newsletter-site.yaml"));
        Path siteLink = Files.createSymbolicLink(content.resolve("site.yaml"), Path.of("newsletter-site.yaml"));
        assertSameAsAFreshBuild(build.rebuild(Set.of(siteLink, site)));
        edit(site, "title: \"Test Brief\"", "title: \"Renamed Brief\"");
        PreviewBuild.Result retitled = build.rebuild(Set.of(site));
        assertSameAsAFreshBuild(retitled);
        assertTrue(page(retitled, "index.html").contains("Renamed Brief"), "the new title");
    }

    /** A warning about the settings stands in every run until site.yaml changes, not only the run that read it. */
    @Test
    void aSettingsWarningIsToldAgainAfterABriefIsSaved() throws IOException {
        edit(content.resolve("site.yaml"), "language: en", "language: pt");
        assertTrue(warnsOfTheLanguage(build.rebuild(Set.of(content.resolve("site.yaml")))));

        Path river = brief("2026-10-05-river-levels.md");
        edit(river, "River freight slows as water levels drop", "River freight halts as water levels drop");
        assertTrue(warnsOfTheLanguage(build.rebuild(Set.of(river))), "still told after a brief's save");
    }

    private static boolean warnsOfTheLanguage(PreviewBuild.Result result) {
        return result.build().diagnostics().sorted().stream().anyMatch(d -> d.rule() == Rule.CONFIG_LANGUAGE);
    }

    /** A brief may be a link too: a save of the file it leads to is a save of the brief. */
    @Test
    void aSaveOfTheFileABriefLinkLeadsToReachesItsPages() throws IOException {
        Path river = brief("2026-10-05-river-levels.md");
        Path original = Files.move(river, Files.createDirectories(content.resolve("drafts")).resolve("river.md"));
        Files.createSymbolicLink(river, Path.of("..", "drafts", "river.md"));
        assertSameAsAFreshBuild(build.rebuild(Set.of(river, original)));

        edit(original, "River freight slows as water levels drop", "River freight halts as water levels drop");
        PreviewBuild.Result saved = build.rebuild(Set.of(original));
        assertSameAsAFreshBuild(saved);
        assertTrue(page(saved, "briefs/river-levels/index.html").contains("River freight halts"), "the new headline");
    }
}
