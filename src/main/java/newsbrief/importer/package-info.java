/**
 * {@code newsbrief import}: turns what editors have — text pasted from a document, Markdown posts
 * of Pelican, Jekyll or Hugo — into briefs, saying what it guessed and what it could not place.
 * {@link newsbrief.importer.BriefImporter} is the entry point; it writes nothing itself.
 */
package newsbrief.importer;
