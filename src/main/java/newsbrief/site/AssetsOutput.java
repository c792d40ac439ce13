package newsbrief.site;

import newsbrief.model.ContentKey;
import newsbrief.render.Templates;

/**
 * The stylesheet and other assets, copied as they are to {@code assets/}: from the jar for
 * precompiled templates, from {@code templates/assets/} when templates are compiled on the fly.
 * An asset's key is its content, read once.
 */
public final class AssetsOutput implements Output {

    @Override
    public void plan(OutputPlan plan) {
        Templates templates = plan.templates();
        for (String asset : Templates.ASSETS) {
            byte[] bytes = templates.asset(asset);
            plan.add(PlannedFile.unlisted(plan.links().assetFile(asset),
                    () -> ContentKey.of("asset", bytes), () -> bytes));
        }
    }
}
