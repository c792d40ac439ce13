package newsbrief.site;

import java.nio.charset.StandardCharsets;
import newsbrief.feed.RobotsTxt;
import newsbrief.render.Links;

/**
 * The files a host and crawlers look for: {@code robots.txt}, {@code .nojekyll} and, for a custom
 * domain, {@code CNAME}. They depend on the settings alone.
 */
public final class HostFilesOutput implements Output {

    @Override
    public void plan(OutputPlan plan) {
        Links links = plan.links();
        add(plan, Links.ROBOTS, new RobotsTxt(links).write());
        // GitHub Pages runs Jekyll on a site without .nojekyll, which hides files and folders
        // whose names start with "_" or ".".
        add(plan, ".nojekyll", "");
        plan.site().config().domain().ifPresent(domain -> add(plan, "CNAME", domain + "\n"));
    }

    private static void add(OutputPlan plan, String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        plan.add(PlannedFile.unlisted(path, () -> plan.key("host-file").add(path).add(text).build(),
                () -> bytes));
    }
}
