package newsbrief.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A brief's section HTML, kept as a string or, for sites too large for the heap, deflated: the
 * HTML is needed only while its own page and a few feed entries are written, yet 100,000 briefs
 * hold 600 MB of it as strings. Deflated at the fastest level it takes about a third of that, so
 * large sites build within a 1 GB heap; small ones skip the work. Immutable.
 */
final class CompactText {

    private final String plain;
    private final byte[] deflated;
    private final int length;

    private CompactText(String plain, byte[] deflated, int length) {
        this.plain = plain;
        this.deflated = deflated;
        this.length = length;
    }

    /** The text as it is. */
    static CompactText of(String text) {
        return new CompactText(text, null, text.length());
    }

    /** The text deflated, or as it is when {@code deflate} is false. */
    static CompactText of(String text, boolean deflate) {
        return deflate ? deflated(text) : of(text);
    }

    static CompactText deflated(String text) {
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
            return new CompactText(null, out.toByteArray(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    /** The text, inflated again if need be. */
    String text() {
        if (plain != null) {
            return plain;
        }
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
    public String toString() {
        return text();
    }
}
