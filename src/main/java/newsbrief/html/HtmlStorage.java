package newsbrief.html;

/**
 * How section HTML is held in memory until its pages are written. A page needs a brief's HTML only
 * while it and a few feed entries are written, yet 100,000 briefs hold 600 MB of it as strings;
 * deflated at the fastest level it takes about a third of that.
 */
public enum HtmlStorage {
    /** As strings: fastest, for sites that fit the heap easily. */
    PLAIN,
    /** Deflated, for sites whose HTML would crowd the heap. */
    DEFLATED;

    /**
     * What briefs of {@code sourceBytes} in all need in a heap of {@code maxHeapBytes}: their HTML is
     * about as large as their Markdown, and a quarter of the heap is what a build may spend on it.
     */
    public static HtmlStorage forSite(long sourceBytes, long maxHeapBytes) {
        return sourceBytes > maxHeapBytes / 4 ? DEFLATED : PLAIN;
    }
}
