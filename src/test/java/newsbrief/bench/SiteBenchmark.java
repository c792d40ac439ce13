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
 * bytes written and the peak heap; then the time of an incremental rebuild (the preview's path)
 * after one brief changes: saves 11 to 19, while the JIT still compiles the rebuild's code on the
 * same two cores, and nine saves ({@code -Dbench.saves=N} for more) once its compile threads were
 * quiet in three saves in a row, with the JIT's compile time during each. The JVM's start is not
 * included here; {@code compare.sh} in the shared bench times the whole command beside Hugo.
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
            List<Long> jit = new ArrayList<>();
            List<Long> saves = incremental(content, cpu, jit);
            int earlyEnd = Math.min(saves.size(), SAVES_WARMING + 9);
            System.out.printf("incremental rebuild after one brief changes: first save %d ms; saves %d to %d %s, "
                    + "median %d ms, CPU time of the process per save %s ms, JIT compilation during each %s ms%n",
                    saves.get(0), SAVES_WARMING + 1, earlyEnd, sorted(saves.subList(SAVES_WARMING, earlyEnd)),
                    median(saves.subList(SAVES_WARMING, earlyEnd)), sorted(cpu.subList(SAVES_WARMING, earlyEnd)),
                    jit.subList(SAVES_WARMING, earlyEnd));
            if (settledAt < 0) {
                System.out.printf("the JIT compiled during some save of every three in a row, in %d saves%n",
                        saves.size());
            } else {
                System.out.printf("after %d saves, the JIT quiet in the last three: saves %d to %d %s, median %d ms, "
                        + "CPU time of the process per save %s ms, JIT compilation during each %s ms%n", settledAt,
                        settledAt + 1, saves.size(), sorted(saves.subList(settledAt, saves.size())),
                        median(saves.subList(settledAt, saves.size())), sorted(cpu.subList(settledAt, cpu.size())),
                        jit.subList(settledAt, jit.size()));
            }
        }
    }

    /** Saves whose rebuilds still run code the JIT has not compiled yet; reported apart. */
    private static final int SAVES_WARMING = 10;

    /** Saves made at most while waiting for the JIT to be quiet. */
    private static final int MAX_WARMING = 200;

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    private static long median(List<Long> values) {
        return sorted(values).get(values.size() / 2);
    }

    /**
     * A save during which the JIT's compiler threads worked less than this is one the rebuild had
     * both cores for: the JIT goes on compiling now and then for dozens of saves.
     */
    private static final long QUIET_JIT_MILLIS = 20;

    /**
     * The preview's path: a {@link PreviewBuild} after its first build, one brief edited and rebuilt,
     * again and again; the time of every save in order. An editor's preview runs for hours, so the
     * figure that counts is after the JIT has compiled the rebuild's code.
     */
    private static List<Long> incremental(Path content, List<Long> cpuMillis, List<Long> jitMillis)
            throws IOException {
        java.lang.management.CompilationMXBean compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
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
        int timed = Integer.getInteger("bench.saves", 9);
        try {
            // Saves go on until SAVES_WARMING have been made, and the JIT's compile threads were
            // quiet in three saves in a row (at most MAX_WARMING), then `timed` more.
            int settledFrom = -1;
            for (int i = 0; settledFrom < 0 ? i < MAX_WARMING : i < settledFrom + timed; i++) {
                if (settledFrom < 0 && i >= SAVES_WARMING && quiet(jitMillis, i - 3, i)) {
                    settledFrom = i;
                }
                Files.writeString(brief, original.replace("## The Implication\n\n",
                        "## The Implication\n\nEdit number " + i + " of this brief. "));
                long cpuBefore = processCpuNanos();
                long jitBefore = compiler.getTotalCompilationTime();
                PreviewBuild.Result result = build.rebuild(Set.of(brief));
                cpuMillis.add((processCpuNanos() - cpuBefore) / 1_000_000);
                jitMillis.add(compiler.getTotalCompilationTime() - jitBefore);
                if (!result.ok()) {
                    throw new IllegalStateException("the edited brief did not build: "
                            + result.build().diagnostics().sorted());
                }
                times.add(result.build().millis());
            }
            settledAt = settledFrom;
        } finally {
            Files.writeString(brief, original);
        }
        return times;
    }

    /** Where the settled saves begin (-1 when the JIT was never quiet for three saves in a row). */
    private static int settledAt = -1;

    private static boolean quiet(List<Long> jitMillis, int from, int to) {
        return jitMillis.subList(from, to).stream().allMatch(millis -> millis < QUIET_JIT_MILLIS);
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
