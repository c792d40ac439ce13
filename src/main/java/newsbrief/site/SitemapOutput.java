package newsbrief.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsbrief.feed.Sitemap;
import newsbrief.feed.SitemapEntry;
import newsbrief.model.ContentKey;
import newsbrief.render.Links;

/**
 * {@code sitemap.xml}: every listed file planned before it, with its last change. Registered after
 * the outputs whose files it lists.
 */
public final class SitemapOutput implements Output {

    @Override
    public void plan(OutputPlan plan) {
        Links links = plan.links();
        List<PlannedFile> listed = plan.files().stream().filter(file -> file.listing().isPresent()).toList();
        plan.add(PlannedFile.unlisted(Links.SITEMAP, () -> {
            ContentKey.Builder key = plan.key("sitemap");
            listed.forEach(file -> key.add(file.outputPath()).add(file.listing().get().lastModified().toString()));
            return key.build();
        }, () -> {
            List<SitemapEntry> entries = listed.stream()
                    .map(file -> SitemapEntry.of(links, file.outputPath(), file.listing().get().lastModified()))
                    .toList();
            return new Sitemap().write(entries).getBytes(StandardCharsets.UTF_8);
        }));
    }
}
