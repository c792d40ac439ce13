package newsbrief.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of everything one output file is made from: the briefs it shows (by the digest of their
 * source files), the settings, the templates and its own parameters. Equal keys make equal bytes,
 * so the preview makes a file again exactly when its key changes, without comparing what it shows.
 *
 * @param digest SHA-256 of the parts, in hex
 */
public record ContentKey(String digest) {

    private static final MessageDigest PROTOTYPE = sha256();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Starts a key for a file of {@code kind} (a template name, "feed", ...). */
    public static Builder of(String kind) {
        return new Builder().add(kind);
    }

    /** Collects the parts of a key in order; each part is framed, so "ab"+"c" differs from "a"+"bc". */
    public static final class Builder {
        private final MessageDigest digest;

        private Builder() {
            try {
                // A clone of a made digest: much cheaper than a provider look-up per key, and the
                // preview makes a key for every file of the site on every save.
                digest = (MessageDigest) PROTOTYPE.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
            }
        }

        public Builder add(String part) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            add(bytes.length);
            digest.update(bytes);
            return this;
        }

        public Builder add(int part) {
            digest.update(new byte[] {(byte) (part >>> 24), (byte) (part >>> 16), (byte) (part >>> 8), (byte) part});
            return this;
        }

        public Builder add(boolean part) {
            return add(part ? 1 : 0);
        }

        public Builder add(ContentKey part) {
            return add(part.digest());
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

        public ContentKey build() {
            return new ContentKey(HexFormat.of().formatHex(digest.digest()));
        }
    }

    /** The digest of some text, e.g. a brief's source file. */
    public static String digestOf(String text) {
        return of("text").add(text).build().digest();
    }

    /** The digest of some bytes, e.g. an asset. */
    public static String digestOf(byte[] bytes) {
        Builder builder = of("bytes").add(bytes.length);
        builder.digest.update(bytes);
        return builder.build().digest();
    }
}
