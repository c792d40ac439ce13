package newsbrief.email;

import java.util.Map;
import java.util.Optional;

/**
 * The inline style of each element a section's HTML may hold, so that every client shows it
 * alike: Gmail's apps drop {@code <style>} for some accounts, and Outlook for Windows (Word's
 * engine) knows no flex, grid, rounded corners or background images, and pads only table cells,
 * so spacing here is margins. The same colours as the site's stylesheet (light theme).
 */
final class EmailStyles {

    static final String TEXT = "#1c1e21";
    static final String MUTED = "#565b63";
    static final String RULE = "#dcd7cc";
    static final String LINK = "#1a4f8b";
    static final String SERIF = "Georgia,'Times New Roman',serif";
    static final String SANS = "Arial,Helvetica,sans-serif";
    static final String MONO = "Consolas,'Courier New',monospace";

    /** Width of the content column: the 600 px message less 32 px padding each side. */
    static final int CONTENT_WIDTH = 536;

    private static final String BODY = "font-family:" + SERIF + ";font-size:17px;line-height:1.6;color:" + TEXT + ";";
    private static final String HEADING = "font-family:" + SANS + ";color:" + TEXT + ";font-weight:bold;line-height:1.3;";

    private static final Map<String, String> BY_TAG = Map.ofEntries(
            Map.entry("p", BODY + "margin:0 0 16px;"),
            Map.entry("ul", BODY + "margin:0 0 16px;padding:0 0 0 24px;"),
            Map.entry("ol", BODY + "margin:0 0 16px;padding:0 0 0 24px;"),
            Map.entry("li", BODY + "margin:0 0 6px;"),
            Map.entry("blockquote", "margin:0 0 16px;padding:0 0 0 16px;border-left:3px solid " + RULE
                    + ";font-family:" + SERIF + ";font-size:19px;line-height:1.5;font-style:italic;color:" + TEXT + ";"),
            Map.entry("h2", HEADING + "font-size:20px;margin:24px 0 8px;"),
            Map.entry("h3", HEADING + "font-size:18px;margin:24px 0 8px;"),
            Map.entry("h4", HEADING + "font-size:16px;margin:20px 0 8px;"),
            Map.entry("h5", HEADING + "font-size:15px;margin:16px 0 8px;"),
            Map.entry("h6", HEADING + "font-size:14px;margin:16px 0 8px;"),
            Map.entry("a", "color:" + LINK + ";text-decoration:underline;"),
            Map.entry("strong", "font-weight:bold;"),
            Map.entry("em", "font-style:italic;"),
            Map.entry("del", "text-decoration:line-through;"),
            Map.entry("code", "font-family:" + MONO + ";font-size:15px;"),
            Map.entry("pre", "font-family:" + MONO + ";font-size:14px;line-height:1.45;margin:0 0 16px;"
                    + "white-space:pre-wrap;word-wrap:break-word;color:" + TEXT + ";"),
            Map.entry("hr", "border:0;border-top:1px solid " + RULE + ";margin:24px 0;"),
            Map.entry("table", "border-collapse:collapse;margin:0 0 16px;width:100%;"),
            Map.entry("th", "font-family:" + SANS + ";font-size:14px;text-align:left;padding:6px 8px;"
                    + "border-bottom:2px solid " + RULE + ";color:" + TEXT + ";"),
            Map.entry("td", "font-family:" + SANS + ";font-size:14px;padding:6px 8px;border-bottom:1px solid " + RULE
                    + ";color:" + TEXT + ";vertical-align:top;"),
            Map.entry("img", "display:block;max-width:100%;height:auto;border:0;"));

    private EmailStyles() {
    }

    /** The style for an element of section HTML, if it needs one. */
    static Optional<String> of(String tag) {
        return Optional.ofNullable(BY_TAG.get(tag));
    }
}
