package newsbrief.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.serve.PreviewBuild;

/**
 * Times newsbrief on a synthetic corpus of N briefs ({@link CorpusGenerator}):
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.n=10000 [-Dbench.heap=1g] [-Dbench.args="--n 100000 --no-incremental"]
 * </pre>
 * prints, for a full build into an empty folder, the wall time, briefs per second, pages and
 * bytes written and the peak heap; then the median time of an incremental rebuild (the preview's
 * path) after one brief changes. The JVM's start is not included here; {@code compare.sh} in
 * the shared bench times the whole command beside Hugo.
 */
public final class SiteBenchmark {

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length >= 2 && args[0].equals("--n") ? Integer.parseInt(args[1]) : 1000;
        boolean incremental = !java.util.Arrays.asList(args).contains("--no-incremental");
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "newsbrief-bench-" + count);
        Path content = root.resolve("content");
        if (!Files.exists(root.resolve(".complete"))) {
            long start = System.nanoTime();
            new CorpusGenerator(1).write(root, count);
            Files.writeString(root.resolve(".complete"), "");
            System.out.printf("corpus: %d briefs in %s (%.1f s)%n", count, content, seconds(start));
        }
        Path out = Files.createTempDirectory(root, "out-").resolve("site");
        long start = System.nanoTime();
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.build(content, out));
        double wall = seconds(start);
        if (result.outcome() != BuildResult.Outcome.OK) {
            throw new IllegalStateException("the corpus did not build: " + result.diagnostics().sorted());
        }
        System.out.printf("full build: %d briefs, %d pages, %d files, %,d bytes in %.2f s = %.0f briefs/s; "
                + "peak heap used %d MiB of %d MiB allowed%n", result.briefCount(), result.pageCount(),
                countFiles(out), bytes(out), wall, result.briefCount() / wall, peakHeapMiB(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (incremental) {
            // The preview holds the whole site in memory: at 100,000 briefs give it -Dbench.heap=4g.
            List<Long> cpu = new ArrayList<>();
            List<Long> saves = incremental(content, cpu);
            List<Long> settled = new ArrayList<>(saves.subList(SAVES_WARMING, saves.size()));
            Collections.sort(settled);
            List<Long> settledCpu = new ArrayList<>(cpu.subList(SAVES_WARMING, cpu.size()));
            Collections.sort(settledCpu);
            System.out.printf("incremental rebuild after one brief changes: first save %d ms, saves %d to %d %s, "
                    + "median %d ms; CPU time of the process per save %s, median %d ms%n", saves.get(0),
                    SAVES_WARMING + 1, saves.size(), settled, settled.get(settled.size() / 2), settledCpu,
                    settledCpu.get(settledCpu.size() / 2));
        }
    }

    /** Saves whose rebuilds still run code the JIT has not compiled yet; reported, not counted. */
    private static final int SAVES_WARMING = 10;

    /**
     * The preview's path: a {@link PreviewBuild} after its first build, one brief edited and rebuilt,
     * again and again; the time of every save in order. An editor's preview runs for hours, so the
     * figure that counts is after the JIT has compiled the rebuild's code.
     */
    private static List<Long> incremental(Path content, List<Long> cpuMillis) throws IOException {
        PreviewBuild build = new PreviewBuild(Path.of(""), content, Path.of("templates"),
                Files.createTempDirectory("newsbrief-bench-classes"), "http://127.0.0.1:8080/", Clock.systemUTC());
        build.rebuild(Set.of());
        List<Path> briefs;
        try (Stream<Path> files = Files.list(content.resolve("briefs"))) {
            briefs = files.sorted().toList();
        }
        Path brief = briefs.get(briefs.size() / 2);
        String original = Files.readString(brief);
        List<Long> times = new ArrayList<>();
        try {
            for (int i = 0; i < SAVES_WARMING + Integer.getInteger("bench.saves", 9); i++) {
                Files.writeString(brief, original.replace("## The Implication\n\n",
                        "## The Implication\n\nEdit number " + i + " of this brief. "));
                long cpuBefore = processCpuNanos();
                PreviewBuild.Result result = build.rebuild(Set.of(brief));
                cpuMillis.add((processCpuNanos() - cpuBefore) / 1_000_000);
                if (!result.ok()) {
                    throw new IllegalStateException("the edited brief did not build: "
                            + result.build().diagnostics().sorted());
                }
                times.add(result.build().millis());
            }
        } finally {
            Files.writeString(brief, original);
        }
        return times;
    }

    /**
     * CPU time of the whole process (every thread, the JIT's and the collector's too): less moved by
     * other work on the machine than wall time, as a save runs on both cores.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static long bytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /**
     * The most heap the build kept: the peak of the old generation, where what survives
     * collections lives. (The pools' peaks added up would overstate it: they peak at different
     * moments.)
     */
    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak / (1024 * 1024);
    }
}
