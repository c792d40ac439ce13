/**
 * Post-process: makes rendered HTML safe to publish. Takes HTML that commonmark rendered from a
 * brief, returns HTML in which raw HTML has been cleaned to a safe list with jsoup. Used by
 * {@link newsbrief.html.MarkdownHtml} only when a section holds raw HTML, so ordinary
 * Markdown is never parsed twice.
 */
package newsbrief.postprocess;
