package newsbrief.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;

/**
 * Finds and reads source files: every {@code *.md} below {@code content/briefs/}, in path order, and
 * single files such as {@code content/site.yaml}. Text must be UTF-8 (a byte-order mark is allowed
 * and dropped); CRLF line ends become LF, so positions are the same either way.
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
     * Symbolic links are not followed out of {@code contentDirectory}: a link that leads outside
     * it is reported, so a brief cannot pull in {@code /etc/passwd} or another project's files.
     */
    public List<Path> findBriefs(Path briefsDirectory, Path contentDirectory, Diagnostics diagnostics) {
        if (!Files.isDirectory(briefsDirectory)) {
            return List.of();
        }
        Path contentRoot = realPath(contentDirectory);
        // Files.walk does not descend into linked folders; linked files are checked below.
        // Hidden files are editors' and systems' own: Emacs locks (.#x.md), macOS forks (._x.md).
        try (Stream<Path> paths = Files.walk(briefsDirectory)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            || Files.isSymbolicLink(p) && linkStaysInside(p, contentRoot, diagnostics))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            // An unreadable folder, or one that changed while read: say so rather than stop with a trace.
            diagnostics.add(Diagnostic.of(displayPath(briefsDirectory), SourcePosition.START, Rule.FILE_UNREADABLE,
                    "cannot list the briefs: " + (e.getCause() != null ? e.getCause() : e).getMessage()));
            return List.of();
        }
    }

    private boolean linkStaysInside(Path link, Path contentRoot, Diagnostics diagnostics) {
        Path target = realPath(link);
        if (target.startsWith(contentRoot) && Files.isRegularFile(target)) {
            return true;
        }
        diagnostics.add(Diagnostic.of(displayPath(link), SourcePosition.START, Rule.FILE_OUTSIDE_CONTENT,
                "symbolic link leads outside the content folder; it is not read")
                .withHint("copy the file into content/briefs/ instead of linking to it"));
        return false;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Reads one file, or reports why it cannot be read. */
    public Optional<SourceFile> read(Path file, Diagnostics diagnostics) {
        String shown = displayPath(file);
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                diagnostics.add(Diagnostic.of(shown, SourcePosition.START, Rule.FILE_TOO_LARGE,
                        "file has " + size + " bytes; at most " + maxFileBytes + " are allowed")
                        .withHint("split it, or raise maxFileBytes in site.yaml"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return decode(bytes, shown, diagnostics).map(text -> new SourceFile(shown, file, text));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(shown, SourcePosition.START, Rule.FILE_UNREADABLE,
                    "cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage()));
            return Optional.empty();
        }
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
