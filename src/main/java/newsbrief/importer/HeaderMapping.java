package newsbrief.importer;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsbrief.schema.BriefFiles;
import newsbrief.schema.BriefSchema;
import newsbrief.schema.FieldType;

/**
 * Places a post header's keys in a brief's front matter: {@code title}, {@code date},
 * {@code tags}/{@code categories}/{@code category} → {@code tags}, {@code slug}, {@code draft} (and
 * Pelican's {@code Status: draft}), {@code description}/{@code summary} → {@code description},
 * {@code lastmod}/{@code modified}/{@code updated} → {@code updated}, {@code author}/{@code authors}
 * → {@code author}, {@code image}; any other key the schema has a field of goes to that field.
 * Keys are compared without regard to case. The rest is reported as not placed.
 */
final class HeaderMapping {

    /** Header keys by the field they fill, where the two differ. */
    private static final Map<String, String> FIELD_OF_KEY = Map.ofEntries(
            Map.entry("categories", "tags"), Map.entry("category", "tags"), Map.entry("summary", "description"),
            Map.entry("lastmod", "updated"), Map.entry("modified", "updated"), Map.entry("authors", "author"));

    private final BriefSchema schema;
    private final Optional<ZoneId> zone;

    HeaderMapping(BriefSchema schema, Optional<ZoneId> zone) {
        this.schema = schema;
        this.zone = zone;
    }

    void place(HeaderField field, BriefFields fields, ImportNotes notes) {
        String key = field.key().toLowerCase(Locale.ROOT);
        String name = FIELD_OF_KEY.getOrDefault(key, key);
        if (key.equals("status")) {
            status(field, fields, notes);
        } else if (name.equals("slug")) {
            slug(field, fields, notes);
        } else if (schema.field(name).isEmpty() || field.nested()) {
            notes.notPlaced(field.position(), "\"" + field.key() + "\" is not placed: " + (field.nested()
                    ? "its value is a table of keys" : "the schema has no field \"" + name + "\""),
                    "copy what matters into the brief by hand");
        } else {
            placeValue(field, name, fields, notes);
        }
    }

    private void placeValue(HeaderField field, String name, BriefFields fields, ImportNotes notes) {
        switch (name) {
            case "title" -> fields.title(field.text());
            case "date" -> date(field, fields, notes);
            case "updated" -> updated(field, fields, notes);
            case "tags" -> field.values().forEach(tag -> tag(tag, field, fields, notes));
            case "draft" -> fields.draft(field.text().equalsIgnoreCase("true"));
            default -> other(field, name, fields, notes);
        }
    }

    private void other(HeaderField field, String name, BriefFields fields, ImportNotes notes) {
        if (fields.has(name)) {
            notes.notPlaced(field.position(), "\"" + field.key() + "\" is not placed: " + name
                    + " is given already by an earlier key", "merge the two by hand if both matter");
            return;
        }
        boolean list = schema.field(name).get().type() == FieldType.TEXT_LIST;
        if (field.list() && !list) {
            notes.guess(field.position(), "joined the items of \"" + field.key() + "\" into one " + name);
        }
        fields.put(name, list ? field.values() : field.text());
    }

    private void date(HeaderField field, BriefFields fields, ImportNotes notes) {
        converted(field, notes).ifPresent(fields::date);
    }

    private void updated(HeaderField field, BriefFields fields, ImportNotes notes) {
        converted(field, notes).ifPresent(date -> fields.put("updated", date));
    }

    private Optional<String> converted(HeaderField field, ImportNotes notes) {
        Optional<ImportDates.Converted> date = ImportDates.convert(field.text(), zone);
        if (date.isEmpty()) {
            notes.notPlaced(field.position(), "\"" + field.key() + "\" is not placed: \"" + field.text()
                    + "\" is not a date newsbrief reads", "write it as 2026-12-01 or 2026-12-01T09:30:00+01:00");
        }
        date.flatMap(ImportDates.Converted::assumed).ifPresent(assumed -> notes.guess(field.position(), "\""
                + field.text() + "\" has no offset; read it in " + assumed.getId() + ": " + date.get().date()));
        return date.map(ImportDates.Converted::date);
    }

    private static void tag(String tag, HeaderField field, BriefFields fields, ImportNotes notes) {
        Optional<String> slug = BriefFiles.slugOf(tag);
        if (slug.isEmpty()) {
            notes.notPlaced(field.position(), "tag \"" + tag + "\" is not placed: it gives no slug", "add a tag by hand");
            return;
        }
        if (!slug.get().equals(tag)) {
            notes.guess(field.position(), "wrote tag \"" + tag + "\" as \"" + slug.get() + "\"");
        }
        fields.addTag(slug.get());
    }

    private static void slug(HeaderField field, BriefFields fields, ImportNotes notes) {
        Optional<String> slug = BriefFiles.slugOf(field.text());
        slug.filter(s -> !s.equals(field.text()))
                .ifPresent(s -> notes.guess(field.position(), "wrote slug \"" + field.text() + "\" as \"" + s + "\""));
        slug.ifPresent(fields::slug);
    }

    /** Pelican's {@code Status:} is {@code draft}, {@code published} or {@code hidden}. */
    private static void status(HeaderField field, BriefFields fields, ImportNotes notes) {
        String status = field.text().toLowerCase(Locale.ROOT);
        if (status.equals("draft") || status.equals("published")) {
            fields.draft(status.equals("draft"));
        } else {
            notes.notPlaced(field.position(), "\"" + field.key() + ": " + field.text() + "\" is not placed: "
                    + "a brief is a draft or published", "set draft: in the brief by hand");
        }
    }
}
