/**
 * Diagnostics: problems found in a run, reported like a compiler's.
 *
 * <p>Every stage adds {@link newsbrief.diag.Diagnostic}s to the one {@link newsbrief.diag.Diagnostics}
 * of a run instead of throwing; {@link newsbrief.diag.DiagnosticPrinter} prints them sorted as
 * {@code path:line:column: severity: message [rule]}. This package imports no library.
 */
package newsbrief.diag;
