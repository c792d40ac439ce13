/**
 * Load and parse: finds the brief files under {@code content/briefs/}, reads them as UTF-8, splits
 * off the YAML front matter and parses both halves with source positions.
 *
 * <p>Takes the content folder; returns {@link newsbrief.content.ParsedBrief}s and adds a diagnostic
 * for every file that cannot be read or parsed. All commonmark and snakeyaml set-up lives here; the
 * YAML comes out as a small position-keeping tree ({@link newsbrief.content.YamlNode}) whose scalars
 * are plain strings, so that {@code title: No} stays the text "No". It also reads
 * {@code site.yaml}, with the interface words of its language ({@link newsbrief.content.LabelSets})
 * and its {@code labels:}.
 */
package newsbrief.content;
