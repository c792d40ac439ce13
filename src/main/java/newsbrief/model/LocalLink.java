package newsbrief.model;

import java.util.Objects;
import newsbrief.diag.SourcePosition;

/**
 * A link or image in a brief's body whose target is a path from the site's root, such as
 * {@code ![grid](/images/grid.jpg)}: written under the base path, and checked against the files
 * the site has.
 *
 * @param target   the path as written, {@code /images/grid.jpg}
 * @param position where it was written
 */
public record LocalLink(String target, SourcePosition position) {

    public LocalLink {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(position, "position");
    }

    /** Whether a destination is a path from the site's root: {@code /x}, not {@code //host/x}. */
    public static boolean isRootPath(String destination) {
        return destination.startsWith("/") && !destination.startsWith("//");
    }

    /** The file below the site root that answers the target: {@code /a/} is {@code a/index.html}. */
    public String sitePath() {
        String path = target;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = path.substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
