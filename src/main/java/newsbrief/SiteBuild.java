package newsbrief;

import gg.jte.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import newsbrief.content.ContentScanner;
import newsbrief.content.StaticFiles;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.RulePolicy;
import newsbrief.diag.Severity;
import newsbrief.diag.SourcePosition;
import newsbrief.model.Brief;
import newsbrief.model.ContentKey;
import newsbrief.model.LocalLink;
import newsbrief.model.Site;
import newsbrief.model.StaticFile;
import newsbrief.render.TemplateErrors;
import newsbrief.render.Templates;
import newsbrief.schema.BriefKeys;
import newsbrief.schema.CollectionValidator;
import newsbrief.site.ClashCheck;
import newsbrief.site.OutputException;
import newsbrief.site.Output;
import newsbrief.site.OutputPlan;
import newsbrief.site.Outputs;
import newsbrief.site.PlannedFile;
import newsbrief.site.SiteTarget;
import newsbrief.site.StagingTarget;
import newsbrief.site.StaticFilesOutput;

/**
 * The one pipeline, used by {@code build}, {@code check} and {@code serve} alike:
 * <pre>
 * load      content/site.yaml, content/schema.yaml (or the default)      → Settings
 * find      content/briefs/**.md
 * read      per file, in parallel: parse, validate, render Markdown to HTML (BriefReader) → Brief
 * collect   rules over all briefs together (duplicate slugs, tag spellings)
 * publish   which briefs the run shows (drafts, scheduled)                → Site
 * plan      every output adds its files (Outputs.site())                  → PlannedFile
 * write     make each file and write it to the target: a staging folder swapped in, or memory
 * </pre>
 * What differs between commands is explicit input: the {@link BuildRequest} (which briefs are
 * shown, what changed since the last run) and the {@link SiteTarget}. A {@code SiteBuild} kept
 * between runs (the preview) re-reads only the files that changed; a target that keeps files
 * (the preview's memory) gets only the files whose {@link ContentKey} changed. Any error (or, in
 * strict mode, any warning) stops the run before anything is written; every problem is reported.
 * Not thread-safe: one run at a time.
 */
public final class SiteBuild {

    /** Opens where a run's files go, once the content is known to be valid. */
    @FunctionalInterface
    public interface Destination {
        /** @param site what is about to be written */
        SiteTarget open(Site site) throws OutputException;
    }

    private final Path workingDirectory;
    private final ContentScanner scanner;
    private Templates templates;
    private final List<Output> outputs;
    private final ReadMemory memory = new ReadMemory();
    private final ClashCheck clashCheck = new ClashCheck();
    private Progress progress = Progress.NONE;

    /** @param workingDirectory the project root, which diagnostic paths are relative to */
    public SiteBuild(Path workingDirectory) {
        this(workingDirectory, Templates.precompiled(), Outputs.site());
    }

    public SiteBuild(Path workingDirectory, Templates templates, List<Output> outputs) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.scanner = new ContentScanner(workingDirectory);
        this.templates = templates;
        this.outputs = List.copyOf(outputs);
    }

    /** Tells {@code watcher} how far each run has gone; {@link Progress#NONE} unless set. */
    public SiteBuild reportingTo(Progress watcher) {
        this.progress = java.util.Objects.requireNonNull(watcher, "watcher");
        return this;
    }

    /**
     * Renders with other templates from the next run on (the preview, once {@code templates/} is
     * saved); what was read stays.
     */
    public void useTemplates(Templates replacement) {
        this.templates = replacement;
    }

    /** Validates, and writes the site to the request's output folder when it names one ({@code build}). */
    public BuildResult run(BuildRequest request) {
        if (request.outputDirectory().isEmpty()) {
            return run(request, null);
        }
        Path out = request.outputDirectory().get();
        return run(request, site -> {
            if (site.briefs().isEmpty() && !request.allowEmpty() && holdsBriefs(out)) {
                throw new OutputException("refusing to replace " + out + ", which has briefs, with a site that has "
                        + "none; build with --allow-empty to do so");
            }
            return StagingTarget.open(out, protectedPaths(request.contentDirectory()));
        });
    }

    /** Whether a site folder has brief pages: {@code briefs/} with anything in it. */
    private static boolean holdsBriefs(Path out) {
        Path briefs = out.resolve("briefs");
        if (!Files.isDirectory(briefs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(briefs)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * What a run publishes, after load, read, collect and publish: the site, or empty when a
     * problem stops the run.
     *
     * @param result      how the stages went; its diagnostics are the run's, still open to more
     * @param site        the published site, when nothing stopped it
     * @param staticFiles the files of content/static/
     * @param settingsKey a digest of the settings, for content keys
     */
    public record Published(BuildResult result, Optional<Site> site, List<StaticFile> staticFiles,
            String settingsKey, RulePolicy policy) {
    }

    /**
     * The stages up to the published site, for a command whose output is not written to a site
     * folder: {@code email} renders its editions from this.
     */
    public Published publish(BuildRequest request) {
        return publish(request, System.nanoTime(), new Diagnostics());
    }

    private Published publish(BuildRequest request, long start, Diagnostics diagnostics) {
        if (!Files.isDirectory(request.contentDirectory())) {
            // Deleted while the preview runs, say: nothing remembered of it may stand in for it.
            memory.forget();
            diagnostics.add(Diagnostic.of(scanner.displayPath(request.contentDirectory()), SourcePosition.START,
                    Rule.CONFIG_MISSING, "the content folder does not exist"));
            return stopped(BuildResult.failed(BuildResult.Outcome.CONFIGURATION_ERRORS, diagnostics, 0, start));
        }
        Optional<Settings> settings = memory.settings(request, scanner, diagnostics);
        if (settings.isEmpty()) {
            return stopped(BuildResult.failed(BuildResult.Outcome.CONFIGURATION_ERRORS, diagnostics, 0, start));
        }
        List<Brief> briefs = memory.briefs(request, settings.get(), scanner, diagnostics, progress);
        int briefCount = memory.fileCount();
        List<StaticFile> staticFiles = new StaticFiles(scanner).list(request.contentDirectory(), diagnostics);
        progress.stage(Progress.Stage.CHECKING, 0);
        memory.collectionRules(memory.keys(), settings.get(), diagnostics);
        Site site = Site.of(settings.get().config(), briefs, request.publication());
        List<HeldBack> heldBack = HeldBack.of(briefs, request.publication());
        // Only a valid site can be empty: a brief with errors is reported as itself.
        if (!diagnostics.hasErrors() && site.briefs().isEmpty()) {
            diagnostics.add(Diagnostic.of(scanner.displayPath(request.contentDirectory().resolve("briefs")),
                    SourcePosition.START, Rule.SITE_EMPTY, briefs.isEmpty() ? "there are no briefs to publish"
                            : "every brief is held back (" + briefs.size() + " drafts or scheduled)")
                    .withHint("write one with `newsbrief new \"Headline\"`, or build with --drafts or --future"));
        }
        if (diagnostics.hasErrors() || request.strict() && diagnostics.warningCount() > 0) {
            return stopped(BuildResult.failed(BuildResult.Outcome.CONTENT_ERRORS, diagnostics, briefCount, start));
        }
        return new Published(BuildResult.written(diagnostics, briefCount, 0, 0, 0, heldBack, start), Optional.of(site),
                staticFiles, settings.get().key(), settings.get().schema().policy());
    }

    private static Published stopped(BuildResult result) {
        return new Published(result, Optional.empty(), List.of(), "", RulePolicy.DEFAULT);
    }

    /** Validates, then writes the site to {@code destination}; a null destination only validates. */
    public BuildResult run(BuildRequest request, Destination destination) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Published published = publish(request, start, diagnostics);
        if (published.site().isEmpty()) {
            return published.result();
        }
        Site site = published.site().get();
        int briefCount = published.result().briefCount();
        List<HeldBack> heldBack = published.result().heldBack();
        try {
            OutputPlan plan = new OutputPlan(site, published.settingsKey(), templates, templates.prepare(),
                    published.staticFiles());
            outputs.forEach(output -> output.plan(plan));
            reportMissingTargets(site, plan, published.policy(), diagnostics);
            if (reportClashes(plan, diagnostics) || diagnostics.hasErrors()) {
                return BuildResult.failed(BuildResult.Outcome.CONTENT_ERRORS, diagnostics, briefCount, start);
            }
            if (destination == null) {
                return BuildResult.written(diagnostics, briefCount, 0, 0, 0, heldBack, start);
            }
            try (SiteTarget target = destination.open(site)) {
                int made = write(plan.files(), target, progress);
                target.commit();
                return BuildResult.written(diagnostics, briefCount, pageCount(plan.files()), made,
                        plan.files().size(), heldBack, start);
            }
        } catch (OutputException e) {
            return BuildResult.outputFailed(diagnostics, briefCount, e.getMessage(), start);
        } catch (TemplateException e) {
            diagnostics.addAll(TemplateErrors.toDiagnostics(e,
                    templates.folder().orElse(workingDirectory.resolve("templates")), scanner::displayPath));
            return BuildResult.failed(BuildResult.Outcome.CONTENT_ERRORS, diagnostics, briefCount, start);
        }
    }

    /**
     * A link or image to a path from the site's root ({@code /images/grid.jpg}) must name a file the
     * site has: one of {@code content/static/} or one newsbrief writes.
     */
    private static void reportMissingTargets(Site site, OutputPlan plan, RulePolicy policy, Diagnostics diagnostics) {
        Optional<Severity> severity = policy.apply(Rule.LINK_TARGET_MISSING, Rule.LINK_TARGET_MISSING.defaultSeverity());
        if (severity.isEmpty() || site.briefs().stream().allMatch(brief -> brief.localLinks().isEmpty())) {
            return;
        }
        Set<String> paths = plan.files().stream().map(PlannedFile::outputPath).collect(Collectors.toSet());
        for (Brief brief : site.briefs()) {
            for (LocalLink link : brief.localLinks()) {
                if (!paths.contains(link.sitePath())) {
                    diagnostics.add(new Diagnostic(brief.sourcePath(), link.position(), severity.get(),
                            Rule.LINK_TARGET_MISSING, "\"" + link.target() + "\" is not a file of the site",
                            Optional.of("put the file in content/static" + link.target().replaceFirst("[?#].*", "")
                                    + ", or correct the path"), Optional.empty()));
                }
            }
        }
    }

    /** A file of content/static/ may not replace a file newsbrief writes; reports each that would. */
    private boolean reportClashes(OutputPlan plan, Diagnostics diagnostics) {
        List<PlannedFile> clashes = clashCheck.clashes(plan.files());
        for (PlannedFile clash : clashes) {
            String shown = plan.staticFiles().stream().filter(file -> file.sitePath().equals(clash.outputPath()))
                    .map(StaticFile::displayPath).findFirst().orElse(clash.outputPath());
            diagnostics.add(Diagnostic.of(shown, SourcePosition.START, Rule.OUTPUT_CLASH, "static file would replace "
                    + "or stand in the way of a file newsbrief writes (" + clash.outputPath() + ")")
                    .withHint("rename or move the file; names are compared without regard to case"));
        }
        List<StaticFile> reserved = plan.staticFiles().stream().filter(file -> StaticFilesOutput.RESERVED.stream()
                .anyMatch(prefix -> file.sitePath().toLowerCase(java.util.Locale.ROOT).startsWith(prefix))).toList();
        for (StaticFile file : reserved) {
            diagnostics.add(Diagnostic.of(file.displayPath(), SourcePosition.START, Rule.OUTPUT_CLASH,
                    "static file is in a folder the preview keeps for itself (" + String.join(", ",
                            StaticFilesOutput.RESERVED) + ")").withHint("move it to another folder"));
        }
        return !clashes.isEmpty() || !reserved.isEmpty();
    }

    /** Never replace the content, the templates, or the project that holds them. */
    private Path[] protectedPaths(Path content) {
        return new Path[] {content, workingDirectory.resolve("templates"), workingDirectory.resolve("src"),
            workingDirectory.resolve("pom.xml")};
    }

    /**
     * Makes and writes every file the target does not already have, in parallel: each is written
     * as soon as it is made, so no more than a file per thread is held in memory, however large
     * the site. Returns how many were made.
     */
    private static int write(List<PlannedFile> files, SiteTarget target, Progress progress) throws OutputException {
        AtomicInteger made = new AtomicInteger();
        progress.stage(Progress.Stage.WRITING, files.size());
        try {
            files.parallelStream().forEach(file -> {
                writeOne(file, target, made);
                progress.step();
            });
        } catch (WriteFailed e) {
            throw (OutputException) e.getCause();
        }
        return made.get();
    }

    /** Makes and writes one file, unless the target has it as its key says. */
    private static void writeOne(PlannedFile file, SiteTarget target, AtomicInteger made) {
        ContentKey key = target.keepsFiles() ? file.key().get() : null;
        if (key != null && target.unchanged(file.outputPath(), key)) {
            target.keep(file.outputPath());
            return;
        }
        try {
            target.write(file.outputPath(), key, file.content().make());
            made.incrementAndGet();
        } catch (OutputException e) {
            throw new WriteFailed(e);
        } catch (IOException e) {
            throw new WriteFailed(new OutputException("cannot make " + file.outputPath() + ": " + e.getMessage(), e));
        }
    }

    private static int pageCount(List<PlannedFile> files) {
        return (int) files.stream().filter(file -> file.outputPath().endsWith(".html")).count();
    }

    /** Carries an {@link OutputException} out of a parallel stream, which takes no checked exceptions. */
    private static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(OutputException cause) {
            super(cause);
        }
    }


    /**
     * What the last run read: the settings and each brief file's outcome. A run told which files
     * changed reads only those again (every brief when the settings changed), and walks the
     * content folder again only when a file came or went.
     */
    private static final class ReadMemory {
        private Optional<Settings> settings = Optional.empty();
        /** What reading the settings reported (warnings, say), told again in every run they stand. */
        private List<Diagnostic> settingsProblems = List.of();
        private Optional<String> baseUrl = Optional.empty();
        private BriefReader reader;
        private final Map<Path, BriefReader.Outcome> outcomes = new HashMap<>();
        /** The outcomes in the order of {@code files}, and where each file is in it. */
        private List<BriefReader.Outcome> inOrder = new ArrayList<>();
        private Map<Path, Integer> indexOf = Map.of();
        private List<Path> files = List.of();
        private Map<Path, Path> byNormalisedPath = new HashMap<>();
        private List<Diagnostic> findingProblems = List.of();
        private List<BriefKeys> collectionRead;
        private String collectionSettings;
        private List<Diagnostic> collectionProblems = List.of();

        Optional<Settings> settings(BuildRequest request, ContentScanner scanner, Diagnostics diagnostics) {
            Path content = request.contentDirectory().toAbsolutePath().normalize();
            Set<Path> changed = normalised(request.changed());
            // Any change but a brief's is read as one of the settings: site.yaml or schema.yaml
            // may be links, and the file a link leads to is the one saved. Reading them again
            // costs a few milliseconds; only settings that differ make every brief be read again.
            boolean reload = settings.isEmpty() || changed.isEmpty() || !baseUrl.equals(request.baseUrl())
                    || changed.contains(content.resolve("site.yaml")) || changed.contains(content.resolve("schema.yaml"))
                    || !allKnownBriefs(changed);
            if (reload) {
                Diagnostics found = new Diagnostics();
                // A broken site.yaml is forgotten, so the next run reads it again, broken or mended.
                Optional<Settings> loaded = Settings.load(request.contentDirectory(), request.baseUrl(), scanner, found);
                boolean same = loaded.isPresent() && settings.isPresent()
                        && loaded.get().key().equals(settings.get().key());
                if (!same) {
                    outcomes.clear();
                    reader = null;
                }
                baseUrl = request.baseUrl();
                settings = loaded;
                settingsProblems = found.sorted();
            }
            diagnostics.addAll(settingsProblems);
            return settings;
        }

        List<Brief> briefs(BuildRequest request, Settings current, ContentScanner scanner, Diagnostics diagnostics,
                Progress progress) {
            Set<Path> changed = normalised(request.changed());
            boolean walk = outcomes.isEmpty() || changed.isEmpty() || !allKnownBriefs(changed);
            if (walk) {
                Diagnostics found = new Diagnostics();
                files = scanner.findBriefs(request.contentDirectory().resolve("briefs"), request.contentDirectory(),
                        found);
                findingProblems = found.sorted();
                byNormalisedPath = new HashMap<>();
                files.forEach(file -> {
                    byNormalisedPath.put(normalised(file), file);
                    // A brief may be a link: a save of the file it leads to is a save of the brief.
                    linkTargets(file).forEach(target -> byNormalisedPath.put(target, file));
                });
                outcomes.keySet().retainAll(Set.copyOf(files));
            }
            if (reader == null) {
                reader = new BriefReader(scanner, current, BriefReader.storageFor(files));
            }
            diagnostics.addAll(findingProblems);
            List<Path> toRead = new ArrayList<>();
            if (walk) {
                files.stream().filter(file -> !outcomes.containsKey(file)).forEach(toRead::add);
            }
            if (!outcomes.isEmpty()) {
                changed.stream().map(byNormalisedPath::get).filter(java.util.Objects::nonNull).forEach(toRead::add);
            }
            progress.stage(Progress.Stage.READING, toRead.size());
            List<BriefReader.Outcome> read = toRead.parallelStream().map(file -> {
                BriefReader.Outcome outcome = reader.read(file);
                progress.step();
                return outcome;
            }).toList();
            read.forEach(outcome -> outcomes.put(outcome.file(), outcome));
            if (walk) {
                inOrder = new ArrayList<>(files.size());
                files.forEach(file -> inOrder.add(outcomes.get(file)));
                indexOf = new HashMap<>();
                for (int i = 0; i < files.size(); i++) {
                    indexOf.put(files.get(i), i);
                }
            } else {
                // An edit: the list stands, and only the files read again change in it. No look-up
                // per brief file, which at 10,000 of them is most of what this step costs.
                read.forEach(outcome -> inOrder.set(indexOf.get(outcome.file()), outcome));
            }
            inOrder.forEach(outcome -> diagnostics.addAll(outcome.diagnostics()));
            return inOrder.stream().flatMap(outcome -> outcome.brief().stream()).toList();
        }

        int fileCount() {
            return files.size();
        }

        /** Forgets everything, so the next run reads it all again. */
        void forget() {
            settings = Optional.empty();
            outcomes.clear();
            files = List.of();
            inOrder = new ArrayList<>();
            indexOf = Map.of();
            collectionRead = null;
        }

        /** What the collection rules compare of every brief file read, valid or not, in path order. */
        List<BriefKeys> keys() {
            return inOrder.stream().flatMap(outcome -> outcome.keys().stream()).toList();
        }

        /**
         * The rules over all briefs together (duplicate slugs and titles, tag spellings and
         * folders), over broken briefs too, run again only when what they read changed — each
         * file's keys (its path, slug, title, date, tags and their lines) or the settings: an edit
         * to a brief's text leaves them as they were. The keys of an unchanged file are the same
         * objects as last time, so comparing them costs next to nothing.
         */
        void collectionRules(List<BriefKeys> keys, Settings current, Diagnostics diagnostics) {
            if (!keys.equals(collectionRead) || !current.key().equals(collectionSettings)) {
                Diagnostics found = new Diagnostics();
                new CollectionValidator(current.schema().policy()).validateKeys(keys, found);
                collectionRead = keys;
                collectionSettings = current.key();
                collectionProblems = found.sorted();
            }
            diagnostics.addAll(collectionProblems);
        }

        /**
         * Whether every changed path is a brief that was there before and still is: an edit. Then
         * the list of briefs stands, and the content folder need not be walked again.
         */
        private boolean allKnownBriefs(Set<Path> changed) {
            return changed.stream().allMatch(path -> byNormalisedPath.containsKey(path) && Files.isRegularFile(path));
        }

        /**
         * Where a brief that is a symbolic link leads, as the watcher may name it: the link's own
         * target beside it, and the real path at the end of a chain; none for a plain file.
         */
        private static List<Path> linkTargets(Path file) {
            if (!Files.isSymbolicLink(file)) {
                return List.of();
            }
            List<Path> targets = new ArrayList<>();
            try {
                targets.add(normalised(file.resolveSibling(Files.readSymbolicLink(file))));
                targets.add(normalised(file.toRealPath()));
            } catch (IOException e) {
                // A link to nothing: reading the brief reports it.
            }
            return targets;
        }

        private static Set<Path> normalised(Set<Path> paths) {
            return paths.stream().map(ReadMemory::normalised).collect(Collectors.toSet());
        }

        private static Path normalised(Path path) {
            return path.toAbsolutePath().normalize();
        }
    }
}
