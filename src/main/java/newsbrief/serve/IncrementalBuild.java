package newsbrief.serve;

import gg.jte.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import newsbrief.BriefReader;
import newsbrief.Settings;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.model.Brief;
import newsbrief.model.Publication;
import newsbrief.model.Site;
import newsbrief.render.PageRenderer;
import newsbrief.render.TemplateErrors;
import newsbrief.schema.CollectionValidator;
import newsbrief.site.PlannedFile;
import newsbrief.site.PlannedPage;
import newsbrief.site.SitePlan;

/**
 * The site built in memory for the preview, again and again. A rebuild re-reads only the files
 * that changed (every brief when site.yaml or the schema changed) and re-renders only the pages
 * whose template record changed: records compare by value, so a page is rendered again exactly
 * when something it shows is different. A template change renders every page. Drafts and briefs
 * dated in the future are shown. Not thread-safe: the watcher's single thread calls it.
 */
public final class IncrementalBuild {

    /**
     * How a rebuild went.
     *
     * @param diagnostics   every problem, errors and warnings
     * @param snapshot      the new site, or empty when it failed (the last good one stays)
     * @param briefs        brief files read in all
     * @param pagesRendered pages rendered by this rebuild
     * @param pagesTotal    pages of the site
     * @param millis        how long it took
     */
    public record Result(List<Diagnostic> diagnostics, Optional<SiteSnapshot> snapshot, int briefs, int pagesRendered,
            int pagesTotal, long millis) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
            Objects.requireNonNull(snapshot, "snapshot");
        }

        public boolean ok() {
            return snapshot.isPresent();
        }

        public long errors() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }

        public long warnings() {
            return diagnostics.size() - errors();
        }
    }

    /** A page or file as last made, kept to skip it when what it is made from has not changed. */
    private record Rendered(Object model, String template, byte[] html) {
    }

    private final Path content;
    private final Path templates;
    private final String baseUrl;
    private final ContentScanner scanner;
    private final PageRenderer renderer;
    private final Clock clock;

    private Settings settings;
    private BriefReader reader;
    private final Map<Path, BriefReader.Outcome> outcomes = new HashMap<>();
    private List<Path> files = List.of();
    private List<Diagnostic> findingProblems = List.of();
    private Map<String, Rendered> rendered = new HashMap<>();

    /**
     * @param content   the content folder
     * @param templates the templates folder, whose {@code assets/} are served as they are saved
     * @param baseUrl   where the preview is served, e.g. {@code http://127.0.0.1:8080/}
     */
    public IncrementalBuild(Path content, Path templates, String baseUrl, ContentScanner scanner,
            PageRenderer renderer, Clock clock) {
        this.content = content.toAbsolutePath().normalize();
        this.templates = templates.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
        this.scanner = scanner;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Builds after {@code changed} files changed; the first call, or an empty set, reads everything. */
    public Result rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        Set<Path> paths = changed.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        Diagnostics diagnostics = new Diagnostics();
        if (settings == null || paths.isEmpty() || paths.contains(content.resolve("site.yaml"))
                || paths.contains(content.resolve("schema.yaml"))) {
            Optional<Settings> loaded = Settings.load(content, Optional.of(baseUrl), scanner, diagnostics);
            if (loaded.isEmpty()) {
                // Forget the old settings, so the next save reads them again, broken or mended.
                settings = null;
                reader = null;
                outcomes.clear();
                return failed(diagnostics, 0, start);
            }
            settings = loaded.get();
            reader = new BriefReader(scanner, settings);
            outcomes.clear();
        }
        // jte recompiles a saved template by itself; every page may use it, so render them all.
        if (paths.stream().anyMatch(p -> p.startsWith(templates))) {
            rendered = new HashMap<>();
        }
        if (outcomes.isEmpty() || paths.isEmpty() || !allKnownBriefs(paths)) {
            Diagnostics found = new Diagnostics();
            files = reader.find(content, found);
            findingProblems = found.sorted();
        }
        diagnostics.addAll(findingProblems);
        outcomes.keySet().retainAll(Set.copyOf(files));
        files.stream().filter(file -> !outcomes.containsKey(file) || paths.contains(file.toAbsolutePath().normalize()))
                .toList().parallelStream().map(reader::read).toList()
                .forEach(outcome -> outcomes.put(outcome.file(), outcome));
        files.forEach(file -> diagnostics.addAll(outcomes.get(file).diagnostics()));
        List<Brief> briefs = files.stream().flatMap(file -> outcomes.get(file).brief().stream()).toList();
        new CollectionValidator(settings.schema().policy()).validateKeys(
                files.stream().flatMap(file -> outcomes.get(file).keys().stream()).toList(), diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, files.size(), start);
        }
        Site site = Site.of(settings.config(), briefs, new Publication(true, true, clock.instant()));
        try {
            return render(new SitePlan(site), diagnostics, files.size(), start);
        } catch (TemplateException e) {
            diagnostics.addAll(TemplateErrors.toDiagnostics(e, templates, scanner::displayPath));
            return failed(diagnostics, files.size(), start);
        }
    }

    /**
     * Whether every changed path is a brief that was there before and still is: an edit. Then the
     * list of briefs stands, and the content folder need not be walked again.
     */
    private boolean allKnownBriefs(Set<Path> paths) {
        return paths.stream().allMatch(path -> outcomes.containsKey(path) && Files.isRegularFile(path));
    }

    private Result render(SitePlan plan, Diagnostics diagnostics, int briefCount, long start) {
        List<PlannedPage> pages = plan.pages();
        Map<String, Rendered> next = new HashMap<>();
        List<PlannedPage> changed = new ArrayList<>();
        for (PlannedPage page : pages) {
            Rendered before = rendered.get(page.outputPath());
            if (before != null && before.template().equals(page.template()) && before.model().equals(page.model())) {
                next.put(page.outputPath(), before);
            } else {
                changed.add(page);
            }
        }
        changed.parallelStream()
                .map(page -> Map.entry(page.outputPath(), new Rendered(page.model(), page.template(),
                        renderer.render(page.template(), page.model()).getBytes(StandardCharsets.UTF_8))))
                .toList()
                .forEach(entry -> next.put(entry.getKey(), entry.getValue()));
        for (PlannedFile file : plan.files(pages)) {
            Rendered before = rendered.get(file.outputPath());
            next.put(file.outputPath(), before != null && before.model().equals(file.inputs()) ? before
                    : new Rendered(file.inputs(), "", file.content().get().getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, byte[]> site = new LinkedHashMap<>();
        next.forEach((path, made) -> site.put(path, made.html()));
        site.putAll(assets());
        rendered = next;
        return new Result(diagnostics.sorted(), Optional.of(new SiteSnapshot(site)), briefCount, changed.size(),
                pages.size(), millisSince(start));
    }

    /** The stylesheet and other assets: from templates/assets/ as saved, else from the jar. */
    private Map<String, byte[]> assets() {
        Map<String, byte[]> assets = new HashMap<>();
        for (String asset : SitePlan.ASSETS) {
            Path saved = templates.resolve("assets").resolve(asset);
            try {
                if (Files.isRegularFile(saved)) {
                    assets.put("assets/" + asset, Files.readAllBytes(saved));
                } else {
                    try (InputStream in = IncrementalBuild.class.getResourceAsStream("/newsbrief/assets/" + asset)) {
                        if (in != null) {
                            assets.put("assets/" + asset, in.readAllBytes());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return assets;
    }

    private static Result failed(Diagnostics diagnostics, int briefs, long start) {
        return new Result(diagnostics.sorted(), Optional.empty(), briefs, 0, 0, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
