package newsbrief.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;

/**
 * Finds and reads source files: every {@code *.md} below {@code content/briefs/}, in path order, and
 * single files such as {@code content/site.yaml}. Only regular files are read, and at most the size
 * limit of each: a FIFO, a device or a file that grows while read cannot hang a run or fill memory.
 * Text must be UTF-8 (a byte-order mark is allowed and dropped); CRLF line ends become LF, so
 * positions are the same either way.
 */
public final class ContentScanner {

    /** Larger files are refused by default: a brief is a few kilobytes, and a huge one is a mistake. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    private final Path workingDirectory;
    private final long maxFileBytes;

    /** @param workingDirectory what displayed paths are relative to (the project root) */
    public ContentScanner(Path workingDirectory) {
        this(workingDirectory, DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes larger files are reported instead of read */
    public ContentScanner(Path workingDirectory, long maxFileBytes) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
    }

    /** The same scanner with another size limit, once site.yaml has named one. */
    public ContentScanner withMaxFileBytes(long limit) {
        return new ContentScanner(workingDirectory, limit);
    }

    /**
     * The Markdown files below {@code briefsDirectory}, sorted by path; none when it is missing.
     * Symbolic links, to files or folders, are followed while they stay inside {@code contentDirectory}
     * (by real path); one that leads outside it is reported, so a brief cannot pull in
     * {@code /etc/passwd} or another project's files. A folder that cannot be read is reported, and the
     * rest is read.
     */
    public List<Path> findBriefs(Path briefsDirectory, Path contentDirectory, Diagnostics diagnostics) {
        if (!Files.exists(briefsDirectory, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        return new BriefTreeWalk(this, realPath(contentDirectory), diagnostics).walk(briefsDirectory);
    }

    /** The real path, with every link resolved; the path itself if it cannot be resolved. */
    static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * Reads a settings file of the content folder that holds it ({@code site.yaml}, {@code schema.yaml}),
     * refusing one that is a link out of that folder: its lines would otherwise be quoted in diagnostics.
     */
    public Optional<SourceFile> readInside(Path file, Diagnostics diagnostics) {
        Path folder = realPath(file.toAbsolutePath().getParent());
        try {
            if (!file.toRealPath().startsWith(folder)) {
                diagnostics.add(outsideContent(file));
                return Optional.empty();
            }
        } catch (IOException e) {
            diagnostics.add(unreadable(file, e));
            return Optional.empty();
        }
        return read(file, diagnostics);
    }

    /** Reads one file, or reports why it cannot be read. */
    public Optional<SourceFile> read(Path file, Diagnostics diagnostics) {
        String shown = displayPath(file);
        try {
            // Resolve links first, then look at what is there without following any: only a
            // regular file is opened, since opening a FIFO waits for a writer.
            Path real = file.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                diagnostics.add(notRegular(file, attributes));
                return Optional.empty();
            }
            // The size may be stale (the file grows as we read), so read one byte past the limit to know.
            long size = attributes.size();
            byte[] bytes = size > maxFileBytes ? new byte[0] : readAtMost(real, maxFileBytes + 1);
            if (size > maxFileBytes || bytes.length > maxFileBytes) {
                diagnostics.add(Diagnostic.of(shown, SourcePosition.START, Rule.FILE_TOO_LARGE, "file has "
                        + Math.max(size, bytes.length) + " bytes; at most " + maxFileBytes + " are allowed")
                        .withHint("split it, or raise maxFileBytes in site.yaml"));
                return Optional.empty();
            }
            return decode(bytes, shown, diagnostics).map(text -> new SourceFile(shown, file, text));
        } catch (IOException e) {
            diagnostics.add(unreadable(file, e));
            return Optional.empty();
        }
    }

    /** Up to {@code limit} bytes of a regular file, through a channel that follows no link. */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                InputStream in = Channels.newInputStream(channel)) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        }
    }

    Diagnostic outsideContent(Path link) {
        return Diagnostic.of(displayPath(link), SourcePosition.START, Rule.FILE_OUTSIDE_CONTENT,
                "symbolic link leads outside the content folder; it is not read")
                .withHint("copy the file into the content folder instead of linking to it");
    }

    Diagnostic notRegular(Path file, BasicFileAttributes attributes) {
        String kind = attributes.isDirectory() ? "a folder" : "a FIFO, socket or device";
        return Diagnostic.of(displayPath(file), SourcePosition.START, Rule.FILE_UNREADABLE,
                "file is " + kind + ", not a regular file; it is not read");
    }

    Diagnostic notAFolder(Path briefs) {
        return Diagnostic.of(displayPath(briefs), SourcePosition.START, Rule.FILE_UNREADABLE,
                "briefs is not a folder, or is a link to nothing; briefs are Markdown files in a folder of that name");
    }

    Diagnostic unreadable(Path file, IOException e) {
        String reason = e instanceof NoSuchFileException ? "it does not exist (or is a link to nothing)"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemLoopException ? "its links loop back to a folder that holds it"
                : e instanceof FileSystemException failure && failure.getReason() != null ? failure.getReason()
                : e.getClass().getSimpleName() + " " + e.getMessage();
        return Diagnostic.of(displayPath(file), SourcePosition.START, Rule.FILE_UNREADABLE,
                (Files.isDirectory(file) ? "cannot read folder: " : Files.isRegularFile(file) ? "cannot read file: "
                        : "cannot be read: ") + reason);
    }

    private static Optional<String> decode(byte[] bytes, String shown, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            diagnostics.add(Diagnostic.of(shown, endOf(out.flip().toString()), Rule.FILE_ENCODING,
                    "file is not valid UTF-8 (byte " + (in.position() + 1) + ")"));
            return Optional.empty();
        }
        decoder.flush(out);
        String text = normalise(out.flip().toString());
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            diagnostics.add(Diagnostic.of(shown, new SourceText(text).positionOf(nul), Rule.FILE_ENCODING,
                    "file contains a NUL character; it is not a text file"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Without a byte-order mark, and with every line end (CRLF, CR) made LF. */
    private static String normalise(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Where the text decoded so far ends: the position of the first byte that could not be
     * decoded, on its line whatever the line ends, in characters as every other column is.
     */
    private static SourcePosition endOf(String decoded) {
        String text = normalise(decoded);
        return new SourceText(text).positionOf(text.length());
    }

    /**
     * The path as users see it: relative to the working directory (the current folder), with
     * {@code ../} when outside it, always with '/'; absolute only on another drive.
     */
    public String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.getRoot() != null && absolute.getRoot().equals(workingDirectory.getRoot())
                ? workingDirectory.relativize(absolute) : absolute;
        List<String> parts = new ArrayList<>();
        shown.forEach(part -> parts.add(part.toString()));
        String joined = String.join("/", parts);
        return shown.isAbsolute() ? "/" + joined : joined.isEmpty() ? "." : joined;
    }
}
