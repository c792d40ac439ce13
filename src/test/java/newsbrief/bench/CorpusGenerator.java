package newsbrief.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic corpus of N briefs in the brief format, the same bytes for the same N and
 * seed: 600–900 words each, 2–5 Summary bullets, a pull quote and a list in the Signal, 1–4 tags
 * from a pool of 60, dates spread over eight years. Prose is made from small word lists, so
 * 100,000 briefs take seconds.
 */
public final class CorpusGenerator {

    private static final String[] ORGS = ("Northwind Contoso Initech Globex Umbrella Hooli Vandelay Acme Stark Wayne "
            + "Tyrell Cyberdyne Wonka Aperture Monarch Oscorp Nakatomi Virtucon Sirius Rekall Weyland").split(" ");
    private static final String[] NOUNS = ("market cloud chip model network regulator platform deal budget tariff "
            + "subsidy grid battery factory union startup fund bank index bond contract license standard protocol "
            + "dataset court ruling merger ministry agency policy rate forecast pipeline port shipment reactor turbine "
            + "satellite browser handset server warehouse retailer carrier airline vaccine trial hospital insurer "
            + "currency wallet audit breach patch partnership treaty quota price margin revenue workforce").split(" ");
    private static final String[] ADJECTIVES = ("new major quiet sudden long-awaited modest aggressive regional global "
            + "national private public cheaper faster slower strategic fragile crowded emerging binding voluntary "
            + "temporary domestic foreign critical routine unusual record weak strong rising falling revised joint")
            .split(" ");
    private static final String[] VERBS = ("expanded cut delayed approved blocked signed ended opened tested "
            + "launched bought sold raised lowered backed dropped extended revised paused resumed secured rejected")
            .split(" ");
    private static final String[] PEOPLE = ("analysts investors officials engineers customers suppliers lawmakers "
            + "executives traders regulators economists researchers").split(" ");
    private static final String[] PLACES = ("Europe Asia Africa Canada Brazil India Japan Texas Ohio Bavaria "
            + "Singapore Chile Norway Kenya Vietnam Poland Mexico Korea Ireland Australia").split(" ");
    static final String[] TAGS = ("ai cloud security chips energy climate policy markets trade labor health biotech "
            + "space telecom mobile privacy antitrust crypto banking fintech retail logistics shipping autos aviation "
            + "rail defense elections courts tax housing education media gaming streaming social-media open-source "
            + "semiconductors batteries solar nuclear oil-gas mining agriculture water insurance pensions startups "
            + "venture ipo mergers earnings inflation central-banks currencies supply-chains manufacturing robotics "
            + "quantum data-centers").split(" ");
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 12, 1);
    private static final int DAYS = 8 * 365;

    private final Random random;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code content/site.yaml} and {@code content/briefs/*.md} below {@code root}. */
    public Path write(Path root, int count) throws IOException {
        Path content = root.resolve("content");
        Path briefs = Files.createDirectories(content.resolve("briefs"));
        Files.writeString(content.resolve("site.yaml"),
                "title: \"Benchmark Briefs\"\nbaseUrl: \"https://briefs.example.com/\"\n", StandardCharsets.UTF_8);
        Set<String> slugs = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
            String title = title();
            String base = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "");
            // A page per brief: the same headline twice gets a numbered slug.
            String slug = base;
            for (int n = 2; !slugs.add(slug); n++) {
                slug = base + "-" + n;
            }
            Files.writeString(briefs.resolve(date + "-" + slug + ".md"), brief(title, date), StandardCharsets.UTF_8);
        }
        return content;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private String title() {
        return pick(ORGS) + " " + pick(VERBS) + " " + pick(ADJECTIVES) + " " + pick(NOUNS) + " in " + pick(PLACES);
    }

    private String sentence() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(ORGS) + " " + pick(VERBS) + " the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " in "
                    + pick(PLACES) + " after months of talks with " + pick(PEOPLE) + ".";
            case 1 -> capital(pick(PEOPLE)) + " say the " + pick(NOUNS) + " will shape how the " + pick(NOUNS)
                    + " is priced for years, though the " + pick(ADJECTIVES) + " details remain unclear.";
            case 2 -> "The " + pick(ADJECTIVES) + " " + pick(NOUNS) + " follows a " + pick(ADJECTIVES) + " "
                    + pick(NOUNS) + " that " + pick(ORGS) + " " + pick(VERBS) + " last year.";
            default -> "In " + pick(PLACES) + ", " + pick(PEOPLE) + " expect the " + pick(NOUNS)
                    + " to move " + (random.nextBoolean() ? "faster" : "slower") + " than the " + pick(NOUNS) + ".";
        };
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String paragraph(int sentences) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            text.add(sentence());
        }
        return String.join(" ", text);
    }

    private String brief(String title, LocalDate date) {
        Set<String> tags = new LinkedHashSet<>();
        int tagCount = 1 + random.nextInt(4);
        while (tags.size() < tagCount) {
            tags.add(pick(TAGS));
        }
        StringBuilder text = new StringBuilder("---\ntitle: \"").append(title).append("\"\ndate: ").append(date)
                .append("\ntags: [").append(String.join(", ", tags)).append("]\nauthor: Newsroom\n")
                .append("sources:\n  - {title: \"Statement\", url: \"https://example.com/").append(date).append("\"}\n")
                .append("---\n\n## The Summary\n\n");
        int bullets = 2 + random.nextInt(4);
        for (int i = 0; i < bullets; i++) {
            text.append("- ").append(sentence()).append('\n');
        }
        // About 600 to 900 words in all: the Summary has ~70, each paragraph ~95.
        int paragraphs = 6 + random.nextInt(4);
        text.append("\n## The Signal\n\n").append(paragraph(5)).append("\n\n> \"")
                .append(sentence().replace("\"", "")).append("\"\n\nWhat changed:\n\n");
        for (int i = 0; i < 3; i++) {
            text.append("- ").append(sentence()).append('\n');
        }
        for (int i = 0; i < paragraphs - 3; i++) {
            text.append('\n').append(paragraph(5)).append('\n');
        }
        text.append("\n## The Implication\n\n");
        for (int i = 0; i < 2; i++) {
            text.append(paragraph(5)).append("\n\n");
        }
        return text.toString().stripTrailing() + "\n";
    }
}
