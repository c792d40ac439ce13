package newsbrief;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsbrief.content.BriefParser;
import newsbrief.content.ContentScanner;
import newsbrief.content.MarkdownHtml;
import newsbrief.content.ParsedBrief;
import newsbrief.content.SiteConfigReader;
import newsbrief.content.SourceFile;
import newsbrief.diag.Diagnostics;
import newsbrief.model.Brief;
import newsbrief.model.Site;
import newsbrief.model.SiteConfig;
import newsbrief.render.PageRenderer;
import newsbrief.schema.BriefSchema;
import newsbrief.schema.BriefValidator;
import newsbrief.schema.CollectionValidator;
import newsbrief.schema.SchemaLoader;
import newsbrief.site.OutputException;
import newsbrief.site.PlannedFile;
import newsbrief.site.PlannedPage;
import newsbrief.site.SitePlan;
import newsbrief.site.SiteWriter;

/**
 * The whole pipeline, in order:
 * <pre>
 * load      content/site.yaml, content/schema.yaml (or the default), content/briefs/**.md
 * parse     front matter (YAML) and body (CommonMark), with source positions
 * validate  each brief against the schema, then all briefs together  → model records
 * render    every page through the precompiled jte templates
 * write     into a staging folder, swapped in for the output when complete
 * </pre>
 * Any error (or, with {@code strict}, any warning) stops the run before anything is written; all
 * problems of a stage are reported.
 */
public final class SiteBuild {

    private final Path workingDirectory;
    private final ContentScanner scanner;
    private final PageRenderer renderer = new PageRenderer();
    private final SiteWriter writer = new SiteWriter();

    /** @param workingDirectory the project root, which diagnostic paths are relative to */
    public SiteBuild(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.scanner = new ContentScanner(workingDirectory);
    }

    public BuildResult run(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        Path content = request.contentDirectory();
        Optional<SiteConfig> config = new SiteConfigReader(scanner).read(content.resolve("site.yaml"),
                request.baseUrl().filter(url -> !url.isBlank()), diagnostics);
        Optional<BriefSchema> schema = loadSchema(content, diagnostics);
        if (config.isEmpty() || schema.isEmpty()) {
            return result(BuildResult.Outcome.CONFIGURATION_ERRORS, diagnostics, 0, 0);
        }
        ContentScanner briefScanner = scanner.withMaxFileBytes(config.get().maxFileBytes());
        List<Path> files = briefScanner.findBriefs(content.resolve("briefs"), content, diagnostics);
        BriefParser parser = new BriefParser(schema.get().policy());
        MarkdownHtml html = new MarkdownHtml(config.get().rawHtml());
        List<Brief> briefs = validate(parse(files, briefScanner, parser, diagnostics),
                new BriefValidator(schema.get(), html));
        new CollectionValidator(schema.get().policy()).validate(briefs, diagnostics);
        if (diagnostics.hasErrors() || request.strict() && diagnostics.warningCount() > 0) {
            return result(BuildResult.Outcome.CONTENT_ERRORS, diagnostics, files.size(), 0);
        }
        if (request.outputDirectory().isEmpty()) {
            return result(BuildResult.Outcome.OK, diagnostics, files.size(), 0);
        }
        Site site = Site.of(config.get(), briefs, request.includeDrafts());
        try {
            int pages = write(new SitePlan(site), request.outputDirectory().get(), content);
            return result(BuildResult.Outcome.OK, diagnostics, files.size(), pages);
        } catch (OutputException e) {
            return new BuildResult(BuildResult.Outcome.OUTPUT_FAILED, diagnostics, files.size(), 0,
                    Optional.of(e.getMessage()));
        }
    }

    private Optional<BriefSchema> loadSchema(Path content, Diagnostics diagnostics) {
        Path file = content.resolve("schema.yaml");
        return Files.exists(file) ? new SchemaLoader(scanner).load(file, diagnostics)
                : Optional.of(SchemaLoader.defaultSchema());
    }

    private static List<ParsedBrief> parse(List<Path> files, ContentScanner briefScanner, BriefParser parser,
            Diagnostics diagnostics) {
        return files.parallelStream()
                .map(file -> briefScanner.read(file, diagnostics))
                .flatMap(Optional::stream)
                .map((SourceFile source) -> parser.parse(source, diagnostics))
                .toList();
    }

    private List<Brief> validate(List<ParsedBrief> parsed, BriefValidator validator) {
        return parsed.parallelStream().map(validator::validate).flatMap(Optional::stream).toList();
    }

    /** Renders every page and file in parallel, then writes them all; returns how many pages there are. */
    private int write(SitePlan plan, Path out, Path content) throws OutputException {
        List<PlannedPage> pages = plan.pages();
        List<PlannedFile> files = plan.files(pages);
        List<String> html = pages.parallelStream().map(p -> renderer.render(p.template(), p.model())).toList();
        List<String> texts = files.parallelStream().map(f -> f.content().get()).toList();
        // Never replace the content, the templates, or the project that holds them.
        Path[] protectedPaths = {content, workingDirectory.resolve("templates"), workingDirectory.resolve("src"),
            workingDirectory.resolve("pom.xml")};
        try (SiteWriter.Staging staging = writer.stage(out, protectedPaths)) {
            for (int i = 0; i < pages.size(); i++) {
                staging.write(pages.get(i).outputPath(), html.get(i));
            }
            for (int i = 0; i < files.size(); i++) {
                staging.write(files.get(i).outputPath(), texts.get(i));
            }
            for (String asset : SitePlan.ASSETS) {
                InputStream in = SiteBuild.class.getResourceAsStream("/newsbrief/assets/" + asset);
                if (in == null) {
                    throw new OutputException("asset " + asset + " is missing from the newsbrief jar");
                }
                staging.copy("assets/" + asset, in);
            }
            staging.commit();
        }
        return pages.size();
    }

    private static BuildResult result(BuildResult.Outcome outcome, Diagnostics diagnostics, int briefs, int pages) {
        return new BuildResult(outcome, diagnostics, briefs, pages, Optional.empty());
    }
}
