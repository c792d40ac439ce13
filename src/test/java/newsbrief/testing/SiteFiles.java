package newsbrief.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reading and copying site folders in tests. */
public final class SiteFiles {

    private SiteFiles() {
    }

    /** Every file below {@code root}, as sorted relative paths with '/'. */
    public static List<String> list(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document html(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file of a site, to compare with another: its text when it is UTF-8, as pages and feeds
     * are, so a difference shows as text; otherwise (an image) its bytes in hex.
     */
    public static String contents(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return "binary " + HexFormat.of().formatHex(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree, so a test can change a fixture without touching it. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every internal link ({@code href}, {@code src}) of every page that does not resolve to a
     * written file, as "page → link". A link resolves when, below {@code basePath}, it names a
     * file, or a folder holding {@code index.html}.
     */
    public static List<String> brokenInternalLinks(Path site, String basePath) {
        List<String> broken = new ArrayList<>();
        for (String page : list(site)) {
            if (!page.endsWith(".html")) {
                continue;
            }
            for (Element element : html(site.resolve(page)).select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (link.startsWith("http:") || link.startsWith("https:") || link.startsWith("mailto:")
                        || link.startsWith("#")) {
                    continue;
                }
                if (!link.startsWith(basePath) || !resolves(site, link.substring(basePath.length()))) {
                    broken.add(page + " → " + link);
                }
            }
        }
        return broken;
    }

    private static boolean resolves(Path site, String path) {
        String withoutFragment = path.replaceFirst("#.*$", "");
        Path target = site.resolve(withoutFragment.isEmpty() || withoutFragment.endsWith("/")
                ? withoutFragment + "index.html" : withoutFragment);
        return Files.isRegularFile(target);
    }
}
