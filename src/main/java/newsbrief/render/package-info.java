/**
 * Render: turns the model into HTML pages through the jte templates in {@code templates/},
 * precompiled at build time. Each template takes one record of this package; {@link
 * newsbrief.render.Links} makes every internal URL, so a site served under a sub-path works;
 * {@link newsbrief.render.LabelText} and {@link newsbrief.render.DisplayDates} give the interface
 * words and dates in the site's language.
 */
package newsbrief.render;
