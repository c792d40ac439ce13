package newsbrief.content;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import newsbrief.diag.Diagnostics;

/**
 * One walk of {@code content/briefs/} for {@link ContentScanner#findBriefs}. Links are followed, to
 * files and folders alike, while their real path stays inside the content folder; every link that
 * leaves it, every link to nothing or in a loop, every folder that cannot be read and every brief
 * that is not a regular file is reported where it is, and the walk goes on. Hidden files are
 * editors' and systems' own (Emacs locks {@code .#x.md}, macOS forks {@code ._x.md}) and are skipped.
 */
final class BriefTreeWalk implements FileVisitor<Path> {

    private final ContentScanner scanner;
    private final Path contentRoot;
    private final Diagnostics diagnostics;
    private final List<Path> found = new ArrayList<>();

    /** @param contentRoot the real path of the content folder */
    BriefTreeWalk(ContentScanner scanner, Path contentRoot, Diagnostics diagnostics) {
        this.scanner = scanner;
        this.contentRoot = contentRoot;
        this.diagnostics = diagnostics;
    }

    /** The briefs below {@code briefs}, sorted by path. */
    List<Path> walk(Path briefs) {
        if (!Files.isDirectory(briefs)) {
            diagnostics.add(Files.isSymbolicLink(briefs) && !insideContent(briefs) ? scanner.outsideContent(briefs)
                    : scanner.notAFolder(briefs));
            return List.of();
        }
        try {
            Files.walkFileTree(briefs, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, this);
        } catch (IOException e) {
            diagnostics.add(scanner.unreadable(briefs, e));
        }
        return found.stream().sorted().toList();
    }

    @Override
    public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
        if (Files.isSymbolicLink(folder) && !insideContent(folder)) {
            diagnostics.add(scanner.outsideContent(folder));
            return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".md") || name.startsWith(".")) {
            return FileVisitResult.CONTINUE;
        }
        if (attributes.isSymbolicLink()) {
            // A link whose target cannot be read: FOLLOW_LINKS hands over the link itself.
            diagnostics.add(scanner.unreadable(file, new NoSuchFileException(file.toString())));
        } else if (Files.isSymbolicLink(file) && !insideContent(file)) {
            diagnostics.add(scanner.outsideContent(file));
        } else if (!attributes.isRegularFile()) {
            diagnostics.add(scanner.notRegular(file, attributes));
        } else {
            found.add(file);
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        diagnostics.add(scanner.unreadable(file, e));
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path folder, IOException e) {
        if (e != null) {
            diagnostics.add(scanner.unreadable(folder, e));
        }
        return FileVisitResult.CONTINUE;
    }

    private boolean insideContent(Path link) {
        return ContentScanner.realPath(link).startsWith(contentRoot);
    }
}
