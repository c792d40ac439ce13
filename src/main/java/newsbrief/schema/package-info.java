/**
 * Validate: checks each parsed brief against the section schema and turns it into a model
 * {@link newsbrief.model.Brief}, or reports why it cannot.
 *
 * <p>The schema is data: {@code content/schema.yaml} when present, else the built-in
 * {@code default-schema.yaml}, which reproduces src/docs/BRIEF-FORMAT.md. {@link newsbrief.schema.SchemaLoader}
 * reads it; {@link newsbrief.schema.BriefValidator} applies it, with
 * {@link newsbrief.schema.FrontMatterValidator} for the YAML half and
 * {@link newsbrief.schema.SectionValidator} for the Markdown half.
 */
package newsbrief.schema;
