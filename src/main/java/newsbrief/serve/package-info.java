/**
 * Preview: the editor's loop. {@link newsbrief.serve.PreviewBuild} runs the one pipeline
 * ({@link newsbrief.SiteBuild}) into memory after each save, telling it which files changed, so it
 * re-reads only those and makes again only the files whose content keys changed; {@link newsbrief.serve.DevServer} serves the last good build over the JDK's HTTP server
 * and tells open pages, over Server-Sent Events ({@link newsbrief.serve.LiveReload}), to reload or
 * to show the diagnostics; {@link newsbrief.serve.ContentWatcher} turns file-system events into
 * debounced rebuilds. Nothing here writes the output folder.
 * <p>
 * What the server lets in: {@link newsbrief.serve.ServeAddress} checks {@code --host} and
 * {@code --port}; {@link newsbrief.serve.HostCheck} answers only requests addressed to the preview
 * (against DNS rebinding); {@link newsbrief.serve.ExchangeThreads} bounds the threads and the time
 * of each request; {@link newsbrief.serve.ServedFiles} reads a file below a folder without following
 * a link out of it.
 */
package newsbrief.serve;
