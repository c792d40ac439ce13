package newsbrief.site;

import java.nio.charset.StandardCharsets;
import newsbrief.email.EmailEditions;
import newsbrief.model.Brief;

/**
 * The preview's view of the email edition: each brief's email at {@code email/SLUG/}, made from the
 * same site and templates as its page, so a save shows in the inbox view as it does on the page.
 * Only the preview has it ({@link Outputs#preview()}); the {@code email} command writes the editions.
 */
public final class EmailPreviewOutput implements Output {

    @Override
    public void plan(OutputPlan plan) {
        EmailEditions editions = EmailEditions.of(plan.site(), plan.links(), plan.templates());
        for (Brief brief : plan.site().briefs()) {
            plan.add(PlannedFile.unlisted("email/" + brief.slug() + "/index.html",
                    () -> plan.key("email").add(brief).build(),
                    () -> editions.briefHtml(brief).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
