package newsbrief.site;

import java.nio.file.Path;

/**
 * Holds an output folder's lock in a process of its own, as a build running at the same time would:
 * prints {@code locked}, then waits until its standard input is closed.
 */
public final class OutputLockHolder {

    private OutputLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputLock lock = OutputLock.acquire(Path.of(args[0]).toRealPath())) {
            System.out.print("locked");
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
