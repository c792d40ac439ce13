package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.HtmlChecker;
import newsbrief.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's {@code subscribe:} puts a plain sign-up form on the home page and under every brief. */
class SubscribeFormTest {

    @TempDir
    Path temp;

    private Path build(String subscribe) throws IOException {
        Path content = temp.resolve("content");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/basic/content"), content);
        Path site = content.resolve("site.yaml");
        Files.writeString(site, SiteFiles.read(site) + subscribe);
        Path out = temp.resolve("out");
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.build(content, out));
        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> result.diagnostics().sorted().toString());
        return out;
    }

    @Test
    void theButtondownShortcutPutsAValidFormBesideTheFeedLink() throws Exception {
        Path out = build("subscribe: {buttondown: deskletter}\n");
        HtmlChecker checker = new HtmlChecker();

        for (String page : List.of("index.html", "briefs/river-levels/index.html")) {
            Document html = SiteFiles.html(out.resolve(page));
            Element form = html.selectFirst("section.subscribe form");
            assertEquals("https://buttondown.com/api/emails/embed-subscribe/deskletter", form.attr("action"), page);
            assertEquals("post", form.attr("method"));
            Element input = form.selectFirst("input[type=email][name=email][required]");
            assertEquals("Email address", form.selectFirst("label[for=" + input.id() + "]").text());
            assertEquals("submit", form.selectFirst("button").attr("type"));
            assertTrue(html.select("script").stream().allMatch(s -> s.attr("type").equals("application/ld+json")),
                    "no script but JSON-LD");
            assertEquals("/newsletter/feed.xml", html.selectFirst("section.subscribe a").attr("href"),
                    "a visible feed link beside it");
            checker.check(out.resolve(page), page);
        }
        assertEquals(List.of(), checker.errors());
    }

    @Test
    void anyFormActionCanBeGiven() throws IOException {
        Path out = build("subscribe:\n  action: https://lists.example.com/subscription/form\n");

        assertEquals("https://lists.example.com/subscription/form",
                SiteFiles.html(out.resolve("index.html")).selectFirst("form").attr("action"));
    }

    @Test
    void withoutItThereIsNoForm() throws IOException {
        Path out = build("");

        assertTrue(SiteFiles.html(out.resolve("index.html")).select("form, .subscribe").isEmpty());
    }
}
