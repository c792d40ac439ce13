package newsbrief.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.schema.BriefSchema;

/**
 * The front matter an import gathers, field by field, before it is written in the order briefs
 * keep it: title, date, tags, then the rest as found, then draft.
 */
final class BriefFields {

    private String title = "";
    private Optional<String> date = Optional.empty();
    private List<String> tags = new ArrayList<>();
    private Optional<String> slug = Optional.empty();
    private Optional<Boolean> draft = Optional.empty();
    private final Map<String, Object> others = new LinkedHashMap<>();

    void title(String value) {
        title = value;
    }

    String title() {
        return title;
    }

    void date(String value) {
        date = Optional.of(value);
    }

    Optional<String> date() {
        return date;
    }

    void addTag(String tag) {
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
    }

    void tags(List<String> value) {
        tags = new ArrayList<>(value);
    }

    void slug(String value) {
        slug = Optional.of(value);
    }

    Optional<String> slug() {
        return slug;
    }

    /** What the header says of being a draft. */
    void draft(boolean value) {
        draft = Optional.of(value);
    }

    Optional<Boolean> draft() {
        return draft;
    }

    /** Whether a field is given already (the first of "description" and "summary" wins). */
    boolean has(String name) {
        return others.containsKey(name);
    }

    void put(String name, Object value) {
        others.put(name, value);
    }

    /** The front matter to write; {@code draft} is written when the schema has the field. */
    Map<String, Object> toMap(BriefSchema schema, String day, boolean isDraft) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("date", date.orElse(day));
        if (!tags.isEmpty() || schema.field("tags").isPresent()) {
            fields.put("tags", List.copyOf(tags));
        }
        fields.putAll(others);
        if (schema.field("draft").isPresent()) {
            fields.put("draft", isDraft);
        }
        return fields;
    }
}
