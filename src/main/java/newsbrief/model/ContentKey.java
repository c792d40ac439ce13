package newsbrief.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of everything one output file is made from: the briefs it shows (by the digest of their
 * source files), the settings, the templates and its own parameters. Equal keys make equal bytes,
 * so the preview makes a file again exactly when its key changes, without comparing what it shows.
 *
 * <p>A class over the digest's bytes rather than a record over its hex: the preview hashes the
 * keys of the briefs every page shows on every save, and raw bytes go into a digest as they are.
 */
public final class ContentKey {

    private static final MessageDigest PROTOTYPE = sha256();

    private final byte[] bytes;

    private ContentKey(byte[] bytes) {
        this.bytes = bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The SHA-256 of the parts, in hex. */
    public String digest() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return digest();
    }

    /** Starts a key for a file of {@code kind} (a template name, "feed", ...). */
    public static Builder of(String kind) {
        return new Builder().add(kind);
    }

    /** Collects the parts of a key in order; each part is framed, so "ab"+"c" differs from "a"+"bc". */
    public static final class Builder {
        private final MessageDigest digest;
        private final byte[] scratch = new byte[Integer.BYTES];

        private Builder() {
            // A clone of a made digest: much cheaper than a provider look-up per key, and the
            // preview makes a key for every file of the site on every save.
            digest = cloned(PROTOTYPE);
        }

        private Builder(MessageDigest state) {
            digest = cloned(state);
        }

        private static MessageDigest cloned(MessageDigest digest) {
            try {
                return (MessageDigest) digest.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
            }
        }

        /**
         * A builder that goes on from the parts added so far, leaving this one as it is: parts
         * that every file of a run shares are hashed once.
         */
        public synchronized Builder copy() {
            return new Builder(digest);
        }

        public Builder add(String part) {
            return add(part.getBytes(StandardCharsets.UTF_8));
        }

        public Builder add(int part) {
            // Into a buffer of the builder's own: a save of the preview adds hundreds of thousands of numbers.
            scratch[0] = (byte) (part >>> 24);
            scratch[1] = (byte) (part >>> 16);
            scratch[2] = (byte) (part >>> 8);
            scratch[3] = (byte) part;
            digest.update(scratch, 0, Integer.BYTES);
            return this;
        }

        public Builder add(long part) {
            return add((int) (part >>> 32)).add((int) part);
        }

        /** A date as pages show it: its day, and its time and offset when it has them. */
        public Builder add(PublicationDate date) {
            add((int) date.date().toEpochDay()).add(date.dateTime().isPresent());
            date.dateTime().ifPresent(time -> add(time.toEpochSecond()).add(time.getOffset().getTotalSeconds()));
            return this;
        }

        public Builder add(boolean part) {
            digest.update(part ? (byte) 1 : (byte) 0);
            return this;
        }

        public Builder add(ContentKey part) {
            return add(part.bytes);
        }

        /** A brief by the digest of its source file. */
        public Builder add(Brief brief) {
            return add(brief.sourceKey());
        }

        public Builder addBriefs(List<Brief> briefs) {
            add(briefs.size());
            briefs.forEach(this::add);
            return this;
        }

        private Builder add(byte[] part) {
            add(part.length);
            digest.update(part);
            return this;
        }

        public ContentKey build() {
            return new ContentKey(digest.digest());
        }
    }

    /** The digest of some text, e.g. a brief's source file. */
    public static ContentKey of(String kind, String text) {
        return of(kind).add(text).build();
    }

    /** The digest of some bytes, e.g. an asset. */
    public static ContentKey of(String kind, byte[] bytes) {
        return of(kind).add(bytes).build();
    }
}
