/**
 * Markdown to HTML: the stage after validation. Takes a {@link newsbrief.schema.ValidatedBrief}
 * (commonmark blocks that passed the schema) and returns a model {@link newsbrief.model.Brief}
 * whose sections hold {@link newsbrief.html.SafeHtml}: commonmark's renderer with unsafe URL
 * schemes dropped, then raw HTML cleaned, escaped or kept as {@code site.yaml}'s {@code rawHtml}
 * says. {@code SafeHtml} is made only here, so templates cannot mark a string as safe.
 */
package newsbrief.html;
