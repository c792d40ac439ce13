/**
 * Plan and write: the outputs over the model ({@link newsbrief.site.Output}, listed in
 * {@link newsbrief.site.Outputs}) each add their {@link newsbrief.site.PlannedFile}s — path,
 * content key and how to make the bytes — and the pipeline writes them to a
 * {@link newsbrief.site.SiteTarget}. For {@code build} that is a {@link newsbrief.site.StagingTarget}:
 * {@link newsbrief.site.SiteWriter}, the only code that writes the output folder, writes a staging
 * folder beside the output and swaps it in only when complete, so a failed build never leaves a
 * half-written site.
 */
package newsbrief.site;
