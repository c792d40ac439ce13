package newsbrief.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text kept deflated in memory: a brief's section HTML is needed only while its own page and a
 * few feed entries are written, yet a site of 100,000 briefs would hold 600 MB of it as strings.
 * Deflated at the fastest level it takes about a third of that, so large sites build within a
 * 1 GB heap. Immutable; equal when the text is equal.
 */
public final class CompactText {

    private final byte[] deflated;
    private final int length;

    private CompactText(byte[] deflated, int length) {
        this.deflated = deflated;
        this.length = length;
    }

    public static CompactText of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new CompactText(out.toByteArray(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    /** The text, inflated again. */
    public String text() {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            byte[] bytes = new byte[length];
            int done = 0;
            while (done < length) {
                int read = inflater.inflate(bytes, done, length - done);
                if (read == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                done += read;
            }
            return new String(bytes, 0, done, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("text deflated by this class inflates", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompactText compact && compact.length == length
                && Arrays.equals(compact.deflated, deflated);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(deflated);
    }

    @Override
    public String toString() {
        return text();
    }
}
