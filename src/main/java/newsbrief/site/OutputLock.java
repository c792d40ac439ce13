package newsbrief.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds the output folder for one build: a lock on {@code NAME.lock} beside it, so that a second
 * build into the same folder fails at once instead of removing the first one's staging folder or
 * publishing half a site. The lock file stays (removing it would let two builds lock two files);
 * the operating system releases the lock when the build ends, however it ends.
 */
final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the output folder {@code target}, or says that another build holds it. */
    static OutputLock acquire(Path target) throws OutputException {
        Path file = target.resolveSibling(target.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new OutputLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // This process already builds into it: the same answer as for another process.
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OutputException("cannot lock " + file + ": " + e.getMessage(), e);
        }
        closeQuietly(channel);
        throw new OutputException("another newsbrief build is writing to " + target + " (it holds " + file
                + "); run this one when it has finished");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // Closing releases the lock; a channel that fails to close releases it when the process ends.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Released with the channel below, or when the process ends.
        }
        closeQuietly(channel);
    }
}
