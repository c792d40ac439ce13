package newsbrief.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import newsbrief.Progress;

/**
 * The line a long {@code build} or {@code check} shows on a terminal: which stage it is in and how
 * far ("newsbrief: writing files 3,200/11,133"), redrawn in place a few times a second, from
 * {@link #DELAY_NANOS} after the start, and wiped before the run's report. A run that ends
 * sooner shows nothing, and so does one whose output is not a terminal, or that runs under CI.
 */
final class TerminalProgress implements Progress, AutoCloseable {

    /** Runs shorter than this show no progress: a line that flashes by tells nothing. */
    static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long REDRAW_MILLIS = 250;
    /** Erase to the end of the line (ECMA-48 "EL"): a shorter line leaves nothing of a longer one. */
    private static final String ERASE_LINE = "\u001b[K";

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long start;
    private final AtomicInteger done = new AtomicInteger();
    private volatile Stage stage;
    private volatile int total;
    private boolean shown;
    private ScheduledExecutorService ticker;

    TerminalProgress(PrintStream out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /**
     * Progress on {@code out} when it is a terminal a person watches, else {@link Progress#NONE}
     * wrapped so it can be closed alike.
     */
    static TerminalProgress open(PrintStream out) {
        TerminalProgress progress = new TerminalProgress(out, System::nanoTime);
        if (watched(System.getenv(), System.console() != null)) {
            progress.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "newsbrief-progress");
                thread.setDaemon(true);
                return thread;
            });
            progress.ticker.scheduleAtFixedRate(progress::redraw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        }
        return progress;
    }

    /**
     * Whether a person watches: standard output is a terminal (the JDK's console needs standard
     * input and output to be one), that is not a dumb one, and no CI service runs the command
     * (they all set {@code CI}).
     */
    static boolean watched(Map<String, String> environment, boolean console) {
        return console && environment.get("CI") == null && !"dumb".equals(environment.get("TERM"));
    }

    @Override
    public void stage(Stage next, int steps) {
        total = steps;
        done.set(0);
        stage = next;
    }

    @Override
    public void step() {
        done.incrementAndGet();
    }

    /** Draws the line again, once the run has taken longer than {@link #DELAY_NANOS}. */
    synchronized void redraw() {
        Stage current = stage;
        if (current == null || nanoTime.getAsLong() - start < DELAY_NANOS) {
            return;
        }
        out.print("\r" + line(current, Math.min(done.get(), total), total) + ERASE_LINE);
        out.flush();
        shown = true;
    }

    /** "newsbrief: reading briefs 4,512/10,000", or without a count for a stage that has none. */
    static String line(Stage stage, int done, int total) {
        String count = total > 0 ? String.format(Locale.ROOT, " %,d/%,d", done, total) : "";
        return "newsbrief: " + stage.label() + count;
    }

    /** Stops drawing and wipes the line, so the run's report starts at the left margin. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (shown) {
            out.print("\r" + ERASE_LINE);
            out.flush();
            shown = false;
        }
    }
}
