package newsbrief.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import newsbrief.schema.BriefSchema;

/**
 * The lines between a pasted brief's headline and its first section: the hook, which becomes the
 * description when the schema has that field. Without one, they stay in the body, before the first
 * section, where {@code check} points at them: nothing an editor pasted is dropped.
 */
final class Hook {

    private final boolean described;

    Hook(BriefSchema schema) {
        this.described = schema.field("description").isPresent();
    }

    void place(List<PlainTextReader.Line> hook, BriefFields fields, ImportNotes notes) {
        if (hook.isEmpty()) {
            return;
        }
        PlainTextReader.Line first = hook.get(0);
        String where = hook.size() == 1 ? "line " + first.position().line()
                : "lines " + first.position().line() + "–" + hook.get(hook.size() - 1).position().line();
        if (described) {
            fields.put("description", hook.stream().map(PlainTextReader.Line::text).collect(Collectors.joining(" ")));
            notes.guess(first.position(), "took " + where + ", before the first section, as the description");
        } else {
            notes.notPlaced(first.position(), where + " stand before the first section, and the schema has no "
                    + "description field; kept before the first section", "move the text into a section, or delete it");
        }
    }

    /** The body's blocks, after the hook's lines when they are not the description. */
    List<BodyBlock> keptInBody(List<PlainTextReader.Line> hook, List<BodyBlock> blocks) {
        if (described) {
            return blocks;
        }
        List<BodyBlock> kept = new ArrayList<>();
        hook.forEach(line -> kept.add(new BodyBlock.Paragraph(line.text())));
        kept.addAll(blocks);
        return kept;
    }
}
