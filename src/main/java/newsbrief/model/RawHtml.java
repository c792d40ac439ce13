package newsbrief.model;

/**
 * What happens to raw HTML written in a brief ({@code site.yaml}: {@code rawHtml}).
 */
public enum RawHtml {
    /** Kept, but cleaned to a safe list of tags, attributes and URL schemes (the default). */
    SANITIZE,
    /** Shown as text: {@code <b>} appears as "&lt;b&gt;". */
    ESCAPE,
    /** Kept as written, with a warning on each brief that has some: for trusted editors only. */
    ALLOW
}
