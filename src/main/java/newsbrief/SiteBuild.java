package newsbrief;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostics;
import newsbrief.model.Brief;
import newsbrief.model.Site;
import newsbrief.render.PageRenderer;
import newsbrief.schema.CollectionValidator;
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
    private final PageRenderer renderer = PageRenderer.precompiled();
    private final SiteWriter writer = new SiteWriter();

    /** @param workingDirectory the project root, which diagnostic paths are relative to */
    public SiteBuild(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.scanner = new ContentScanner(workingDirectory);
    }

    public BuildResult run(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        Path content = request.contentDirectory();
        Optional<Settings> settings = Settings.load(content, request.baseUrl(), scanner, diagnostics);
        if (settings.isEmpty()) {
            return result(BuildResult.Outcome.CONFIGURATION_ERRORS, diagnostics, 0, 0);
        }
        List<Path> files = scanner.findBriefs(content.resolve("briefs"), content, diagnostics);
        BriefReader reader = new BriefReader(scanner, settings.get(), BriefReader.needsDeflating(files));
        List<BriefReader.Outcome> outcomes = files.parallelStream().map(reader::read).toList();
        outcomes.forEach(outcome -> diagnostics.addAll(outcome.diagnostics()));
        List<Brief> briefs = outcomes.stream().flatMap(outcome -> outcome.brief().stream()).toList();
        new CollectionValidator(settings.get().schema().policy()).validateKeys(
                outcomes.stream().flatMap(outcome -> outcome.keys().stream()).toList(), diagnostics);
        if (diagnostics.hasErrors() || request.strict() && diagnostics.warningCount() > 0) {
            return result(BuildResult.Outcome.CONTENT_ERRORS, diagnostics, files.size(), 0);
        }
        if (request.outputDirectory().isEmpty()) {
            return result(BuildResult.Outcome.OK, diagnostics, files.size(), 0);
        }
        Site site = Site.of(settings.get().config(), briefs, request.publication());
        try {
            int pages = write(new SitePlan(site), request.outputDirectory().get(), content);
            return result(BuildResult.Outcome.OK, diagnostics, files.size(), pages);
        } catch (OutputException e) {
            return new BuildResult(BuildResult.Outcome.OUTPUT_FAILED, diagnostics, files.size(), 0,
                    Optional.of(e.getMessage()));
        }
    }

    /**
     * Renders and writes every page and file, in parallel: each page is written as soon as it is
     * rendered, so no more than a page per thread is held in memory, however large the site.
     * Returns how many pages there are.
     */
    private int write(SitePlan plan, Path out, Path content) throws OutputException {
        List<PlannedPage> pages = plan.pages();
        List<PlannedFile> files = plan.files(pages);
        // Never replace the content, the templates, or the project that holds them.
        Path[] protectedPaths = {content, workingDirectory.resolve("templates"), workingDirectory.resolve("src"),
            workingDirectory.resolve("pom.xml")};
        try (SiteWriter.Staging staging = writer.stage(out, protectedPaths)) {
            inParallel(pages, page -> staging.write(page.outputPath(), renderer.render(page.template(), page.model())));
            inParallel(files, file -> staging.write(file.outputPath(), file.content().get()));
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

    /** A write step that may fail with an {@link OutputException}. */
    private interface WriteStep<T> {
        void write(T item) throws OutputException;
    }

    /** Carries an {@link OutputException} out of a parallel stream, which takes no checked exceptions. */
    private static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(OutputException cause) {
            super(cause);
        }
    }

    /** Runs {@code step} for every item on the common pool; the first failure stops the build. */
    private static <T> void inParallel(List<T> items, WriteStep<T> step) throws OutputException {
        try {
            items.parallelStream().forEach(item -> {
                try {
                    step.write(item);
                } catch (OutputException e) {
                    throw new WriteFailed(e);
                }
            });
        } catch (WriteFailed e) {
            throw (OutputException) e.getCause();
        }
    }

    private static BuildResult result(BuildResult.Outcome outcome, Diagnostics diagnostics, int briefs, int pages) {
        return new BuildResult(outcome, diagnostics, briefs, pages, Optional.empty());
    }
}
