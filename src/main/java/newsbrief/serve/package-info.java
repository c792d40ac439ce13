/**
 * Preview: the editor's loop. {@link newsbrief.serve.PreviewBuild} runs the one pipeline
 * ({@link newsbrief.SiteBuild}) into memory after each save, telling it which files changed, so it
 * re-reads only those and makes again only the files whose content keys changed; {@link newsbrief.serve.DevServer} serves the last good build over the JDK's HTTP server
 * and tells open pages, over Server-Sent Events ({@link newsbrief.serve.LiveReload}), to reload or
 * to show the diagnostics; {@link newsbrief.serve.ContentWatcher} turns file-system events into
 * debounced rebuilds. Nothing here writes the output folder.
 */
package newsbrief.serve;
