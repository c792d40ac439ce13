package newsbrief.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.diag.Rule;
import newsbrief.diag.SourcePosition;
import newsbrief.model.StaticFile;

/**
 * Lists {@code content/static/}: images, a favicon, a logo, {@code .well-known/}, copied to the site
 * root as they are. Only regular files are taken; a symbolic link is followed only while it stays
 * inside the content folder, and one that leaves it is reported, never copied. Editors' and
 * systems' own hidden files ({@code .DS_Store}, {@code .#x}) are left out, {@code .well-known/} kept.
 */
public final class StaticFiles {

    private final ContentScanner scanner;

    public StaticFiles(ContentScanner scanner) {
        this.scanner = scanner;
    }

    /** The files of {@code content/static/}, sorted by site path; none when it is missing. */
    public List<StaticFile> list(Path content, Diagnostics diagnostics) {
        Path folder = content.resolve("static");
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<StaticFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            Path contentRoot = content.toRealPath();
            for (Path path : paths.sorted().toList()) {
                String sitePath = folder.relativize(path).toString().replace('\\', '/');
                if (sitePath.isEmpty() || hidden(sitePath)) {
                    continue;
                }
                if (Files.isSymbolicLink(path) && !path.toRealPath().startsWith(contentRoot)) {
                    diagnostics.add(Diagnostic.of(scanner.displayPath(path), SourcePosition.START,
                            Rule.FILE_OUTSIDE_CONTENT, "symbolic link leads outside the content folder; it is not copied")
                            .withHint("copy the file into content/static/ instead of linking to it"));
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.add(new StaticFile(sitePath, path, scanner.displayPath(path), attributes.size(),
                            attributes.lastModifiedTime().toMillis()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.of(scanner.displayPath(folder), SourcePosition.START, Rule.FILE_UNREADABLE,
                    "cannot list the static files: " + (e.getCause() != null ? e.getCause() : e).getMessage()));
            return List.of();
        }
        return files;
    }

    /** A hidden file or folder, other than the {@code .well-known/} that hosts and browsers ask for. */
    private static boolean hidden(String sitePath) {
        for (String part : sitePath.split("/")) {
            if (part.startsWith(".") && !part.equals(".well-known")) {
                return true;
            }
        }
        return false;
    }
}
