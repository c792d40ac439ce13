/**
 * Validate: checks each parsed brief against the section schema, running every check whatever
 * else is wrong, and returns a {@link newsbrief.schema.ValidatedBrief} for the HTML stage when
 * there was no error; it renders nothing. Every brief read, valid or not, also gives its
 * {@link newsbrief.schema.BriefKeys}, by which {@link newsbrief.schema.CollectionValidator} checks
 * all briefs together.
 *
 * <p>The schema is data: {@code content/schema.yaml} when present, else the built-in
 * {@code default-schema.yaml}, which reproduces src/docs/BRIEF-FORMAT.md. {@link newsbrief.schema.SchemaLoader}
 * reads it; {@link newsbrief.schema.BriefValidator} applies it, with
 * {@link newsbrief.schema.FrontMatterValidator} for the YAML half and
 * {@link newsbrief.schema.SectionValidator} for the Markdown half.
 */
package newsbrief.schema;
