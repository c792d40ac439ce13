/**
 * Preview: the editor's loop. {@link newsbrief.serve.IncrementalBuild} rebuilds the site in memory
 * after each save, re-reading only the changed files and re-rendering only the pages whose inputs
 * changed; {@link newsbrief.serve.DevServer} serves the last good build over the JDK's HTTP server
 * and tells open pages, over Server-Sent Events ({@link newsbrief.serve.LiveReload}), to reload or
 * to show the diagnostics; {@link newsbrief.serve.ContentWatcher} turns file-system events into
 * debounced rebuilds. Nothing here writes the output folder.
 */
package newsbrief.serve;
