package newsbrief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsbrief.diag.Diagnostic;
import newsbrief.diag.Diagnostics;
import newsbrief.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site.yaml} as the build reads it: its settings, and every problem at its line. */
class SiteConfigReaderTest {

    @TempDir
    Path temp;

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<SiteConfig> read(String yaml, Optional<String> baseUrlOverride) throws IOException {
        Path file = temp.resolve("site.yaml");
        Files.writeString(file, yaml);
        return new SiteConfigReader(new ContentScanner(temp)).read(file, baseUrlOverride, diagnostics);
    }

    private List<String> headlines() {
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void warnsWhenTheDomainIsNotTheHostOfTheBaseUrl() throws IOException {
        Optional<SiteConfig> config = read("title: T\nbaseUrl: https://user.github.io/news/\ndomain: news.example.com\n",
                Optional.empty());

        assertTrue(config.isPresent(), "a warning does not stop the build");
        assertEquals(List.of("site.yaml:3:9: warning: domain \"news.example.com\" is not the host of the base URL "
                + "https://user.github.io/news/ [config-domain]"), headlines());
        assertEquals(Optional.of("publish at https://news.example.com/news/ (baseUrl, or --base-url), or remove domain"),
                diagnostics.sorted().get(0).hint());
    }

    @Test
    void comparesTheDomainWithTheBaseUrlGivenOnTheCommandLine() throws IOException {
        String yaml = "title: T\nbaseUrl: https://user.github.io/news/\ndomain: News.Example.com\n";

        read(yaml, Optional.of("https://news.example.com/"));

        assertEquals(List.of(), headlines(), "host names compare without regard to case");
    }

    @Test
    void aPreviewOnThisMachineIsNotWarnedOf() throws IOException {
        String yaml = "title: T\nbaseUrl: https://news.example.com/\ndomain: news.example.com\n";

        for (String preview : List.of("http://127.0.0.1:8080/", "http://localhost:8000/", "http://[::1]:8080/")) {
            read(yaml, Optional.of(preview));
        }

        assertEquals(List.of(), headlines());
    }

    @Test
    void aDomainThatIsNoHostNameIsAnErrorOnly() throws IOException {
        Optional<SiteConfig> config = read("title: T\nbaseUrl: https://user.github.io/\ndomain: https://x.org/\n",
                Optional.empty());

        assertTrue(config.isEmpty());
        assertEquals(List.of("site.yaml:3:9: error: domain \"https://x.org/\" is not a host name [config-domain]"),
                headlines());
    }

    @Test
    void readsTheSitesImageAndFavicon() throws IOException {
        SiteConfig config = read("title: T\nbaseUrl: https://x.org/\nimage: https://cdn.x.org/card.png\n"
                + "favicon: images/icon.svg\n", Optional.empty()).orElseThrow();

        assertEquals(Optional.of("https://cdn.x.org/card.png"), config.image());
        assertEquals(Optional.of("images/icon.svg"), config.favicon());
        assertEquals(List.of(), headlines());
    }

    @Test
    void aFaviconMustBeAPathInTheSite() throws IOException {
        for (String favicon : List.of("https://cdn.x.org/icon.png", "../icon.png", "images/../../icon.png",
                "//cdn.x.org/icon.png", "icon image.png")) {
            Diagnostics each = new Diagnostics();
            Path file = temp.resolve("site.yaml");
            Files.writeString(file, "title: T\nbaseUrl: https://x.org/\nfavicon: \"" + favicon + "\"\n");

            assertTrue(new SiteConfigReader(new ContentScanner(temp)).read(file, Optional.empty(), each).isEmpty());
            assertEquals(List.of("site.yaml:3:10: error: favicon \"" + favicon + "\" is not a path in the site "
                    + "[config-favicon]"), each.sorted().stream().map(Diagnostic::headline).toList(), favicon);
        }
    }
}
