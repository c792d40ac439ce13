/**
 * Machine-readable reports of diagnostics: JSON for editors and scripts, GitHub Actions workflow
 * commands for pull requests. Used by {@code check --format} and by the preview server's overlay.
 */
package newsbrief.report;
