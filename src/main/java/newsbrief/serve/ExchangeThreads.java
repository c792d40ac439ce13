package newsbrief.serve;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read requests and send pages: a fixed number, a bounded queue (a request past
 * it has its connection closed), and a time limit on each exchange. The JDK's server reads a
 * request on the thread it hands it to, so a client that sends half a request would hold that
 * thread for good. Past the limit the thread is interrupted: the connection's channel is
 * interruptible, so it closes, and the thread is free again. (The JDK's own
 * {@code sun.net.httpserver.maxRspTime} would also cut the live-reload streams, which
 * {@link LiveReload} runs on threads of its own, outside this limit.)
 */
final class ExchangeThreads implements Executor, AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(named("newsbrief-http-timer"));
    private final Duration limit;

    ExchangeThreads(int threads, int queued, Duration limit) {
        this.limit = limit;
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queued), named("newsbrief-http"));
    }

    static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs one exchange, or throws RejectedExecutionException when the queue is full. */
    @Override
    public void execute(Runnable exchange) {
        pool.execute(() -> runWithin(exchange));
    }

    private void runWithin(Runnable exchange) {
        Deadline deadline = new Deadline(Thread.currentThread());
        ScheduledFuture<?> alarm = alarms.schedule(deadline::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            exchange.run();
        } finally {
            alarm.cancel(false);
            deadline.finish();
        }
    }

    /** Interrupts its thread only while the exchange still runs, never the next one on that thread. */
    private static final class Deadline {
        private final Thread thread;
        private boolean finished;

        Deadline(Thread thread) {
            this.thread = thread;
        }

        synchronized void expire() {
            if (!finished) {
                thread.interrupt();
            }
        }

        /** Called on the exchange's own thread: clears an interrupt that came too late to matter. */
        synchronized void finish() {
            finished = true;
            Thread.interrupted();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        alarms.shutdownNow();
    }
}
