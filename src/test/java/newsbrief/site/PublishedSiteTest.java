package newsbrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.testing.HtmlChecker;
import newsbrief.testing.SiteFiles;
import newsbrief.testing.StaticServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site as published on a GitHub project page: under a sub-path, valid, complete. */
class PublishedSiteTest {

    private static final String BASE_URL = "https://example.github.io/newsletter/";

    @TempDir
    Path temp;

    private Path build(Path content) {
        Path out = temp.resolve("out-" + content.toString().hashCode());
        BuildResult result = new SiteBuild(Path.of("")).run(BuildRequest.build(content, out).withBaseUrl(BASE_URL));
        assertEquals(BuildResult.Outcome.OK, result.outcome(), () -> result.diagnostics().sorted().toString());
        return out;
    }

    @Test
    void crawlingFromTheHomePageUnderASubPathFindsNoBrokenLink() throws Exception {
        Path out = build(Path.of("content"));
        List<String> broken = new ArrayList<>();
        try (StaticServer server = new StaticServer(out, "/newsletter/")) {
            Set<URI> seen = crawl(server.base(), broken);

            assertEquals(List.of(), broken);
            assertTrue(seen.size() > 30, "every page, feed and asset: " + seen.size());
            assertTrue(server.requested().stream().allMatch(path -> path.startsWith("/newsletter/")),
                    () -> "requests outside the prefix: " + server.requested());
        }
    }

    /** Follows every same-host link of every HTML page; returns what was fetched. */
    private static Set<URI> crawl(URI start, List<String> broken) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Set<URI> seen = new LinkedHashSet<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            if (!seen.add(uri)) {
                continue;
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                broken.add(uri + " → " + response.statusCode());
                continue;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), uri.toString());
            for (Element link : page.select("a[href], link[href], img[src], script[src]")) {
                String target = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("src");
                URI next = URI.create(target.replaceFirst("#.*$", ""));
                if (next.getHost() != null && next.getHost().equals(start.getHost()) && next.getPort() == start.getPort()) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    @Test
    void theNotFoundPageWorksAtAnyDepth() throws Exception {
        Path out = build(Path.of("src/test/resources/sites/basic/content"));
        try (StaticServer server = new StaticServer(out, "/newsletter/")) {
            URI deep = server.base().resolve("no/such/page/here/");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(deep).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(404, response.statusCode());
            Document page = Jsoup.parse(response.body(), deep.toString());
            assertEquals("Page not found", page.selectFirst("h1").text());
            for (Element link : page.select("a[href]:not([href^=#]), link[rel=stylesheet]")) {
                URI target = URI.create(link.absUrl("href"));
                if (target.getHost().equals("127.0.0.1")) {
                    int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    assertEquals(200, status, target.toString());
                }
            }
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        for (Path content : List.of(Path.of("content"), Path.of("src/test/resources/sites/basic/content"),
                Path.of("src/test/resources/sites/tldr/content"))) {
            Path out = build(content);
            for (String page : SiteFiles.list(out)) {
                if (page.endsWith(".html")) {
                    checker.check(out.resolve(page), content + " " + page);
                }
            }
        }

        assertEquals(List.of(), checker.errors());
    }
}
