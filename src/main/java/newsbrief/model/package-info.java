/**
 * The model: immutable records for a validated brief and the site, built by the schema stage and
 * read by the renderer. JDK types only (and {@code diag.SourcePosition} and {@code html.SafeHtml},
 * which import nothing but the JDK);
 * optional values are {@code Optional}, never null.
 */
package newsbrief.model;
