package newsbrief.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsbrief.feed.Sitemap;
import newsbrief.feed.SitemapEntry;
import newsbrief.model.ContentKey;
import newsbrief.render.Links;

/**
 * {@code sitemap.xml}: every listed file planned before it, with its last change (over 50,000, an
 * index of numbered sitemaps). Registered after the outputs whose files it lists.
 */
public final class SitemapOutput implements Output {

    @Override
    public void plan(OutputPlan plan) {
        Links links = plan.links();
        List<PlannedFile> listed = plan.files().stream().filter(file -> file.listing().isPresent()).toList();
        // One sitemap.xml, or over 50,000 pages an index of sitemap-1.xml, sitemap-2.xml, ...
        for (Sitemap.File<PlannedFile> file : new Sitemap(links).files(listed,
                page -> SitemapEntry.of(links, page.outputPath(), page.listing().get().lastModified()),
                page -> page.listing().get().lastModified())) {
            plan.add(PlannedFile.unlisted(file.path(), () -> {
                ContentKey.Builder key = plan.key("sitemap").add(file.path());
                file.pages().forEach(page -> {
                    Optional<LocalDate> lastModified = page.listing().get().lastModified();
                    key.add(page.outputPath()).add(lastModified.isPresent())
                            .add((int) lastModified.map(LocalDate::toEpochDay).orElse(0L).longValue());
                });
                return key.build();
            }, () -> file.content().get().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
