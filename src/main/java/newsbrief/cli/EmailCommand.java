package newsbrief.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsbrief.BuildRequest;
import newsbrief.BuildResult;
import newsbrief.SiteBuild;
import newsbrief.content.ContentScanner;
import newsbrief.diag.Diagnostics;
import newsbrief.email.EmailEdition;
import newsbrief.email.EmailEditions;
import newsbrief.email.EmailFiles;
import newsbrief.email.EmailPreflight;
import newsbrief.email.HandoverException;
import newsbrief.model.Brief;
import newsbrief.model.Site;
import newsbrief.render.Links;
import newsbrief.site.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsbrief email}: validates, then writes the email edition, and hands it over when asked. */
@Command(name = "email", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Validate every brief, then write the email edition of the named briefs (default: the newest "
                + "published one), or of one day's briefs, as NAME.html, NAME.txt and NAME.eml. Nothing is written "
                + "if anything is invalid. With --send or --push, hand it over: a test copy by SMTP, or a draft in "
                + "Buttondown or listmonk (keys from the environment; nothing is ever sent to subscribers)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the editions were written (and handed over)",
                "1:a brief or an edition has errors (or warnings, with --strict); nothing was written",
                "2:bad usage or configuration, a missing key, or the hand-over failed"})
final class EmailCommand implements Callable<Integer> {

    @Mixin
    private ContentOptions options;

    @Mixin
    private ReportOptions report;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "email-output",
            description = "Folder to write the editions to (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the site is published; overrides site.yaml.")
    private String baseUrl = "";

    @Option(names = "--digest", paramLabel = "DATE",
            description = "One edition of every brief published on DATE (YYYY-MM-DD), named DATE.")
    private LocalDate digest;

    @Option(names = "--drafts", description = "Drafts may be named too.")
    private boolean drafts;

    @Option(names = "--future", description = "Briefs dated in the future may be named too.")
    private boolean future;

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "The moment of the run, e.g. 2026-12-01T08:00:00Z (default: the clock).")
    private Instant now;

    @Option(names = "--send", paramLabel = "smtp://HOST:PORT", description = "Send one test copy through this SMTP "
            + "server (SMTP_USER, SMTP_PASSWORD from the environment; STARTTLS when offered).")
    private URI send;

    @Option(names = "--to", paramLabel = "ADDRESS", description = "Who gets the test copy.")
    private String to;

    @Option(names = "--push", paramLabel = "SERVICE", description = "Create a draft in buttondown "
            + "(BUTTONDOWN_API_KEY) or listmonk (LISTMONK_URL, LISTMONK_USER, LISTMONK_TOKEN).")
    private String push;

    @Option(names = "--list", paramLabel = "ID", description = "The listmonk list the draft campaign goes to.")
    private Integer list;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "Briefs to write, by slug.")
    private List<String> slugs = new ArrayList<>();

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        EmailHandover handover;
        try {
            handover = EmailHandover.of(send, to, push, list, main.environment());
            if (digest != null && !slugs.isEmpty()) {
                throw new EmailHandover.UsageException("--digest and slugs cannot be given together");
            }
        } catch (EmailHandover.UsageException e) {
            return fail(err, e.getMessage());
        }
        BuildRequest request = BuildRequest.check(options.content).withDrafts(drafts).withFuture(future)
                .withStrict(report.strict).withNow(now == null ? Instant.now() : now);
        SiteBuild.Published loaded = new SiteBuild(Path.of("")).publish(baseUrl.isBlank() ? request
                : request.withBaseUrl(baseUrl));
        if (loaded.site().isEmpty()) {
            return report(loaded.result().outcome(), loaded);
        }
        Site site = loaded.site().get();
        List<EmailEdition> editions;
        try {
            editions = editions(EmailEditions.of(site, new Links(site.config())));
        } catch (EmailHandover.UsageException e) {
            return fail(err, e.getMessage());
        }
        EmailPreflight preflight = new EmailPreflight(site.config().email(),
                new ContentScanner(Path.of("")).displayPath(options.content.resolve("site.yaml")));
        Diagnostics diagnostics = loaded.result().diagnostics();
        editions.forEach(edition -> diagnostics.addAll(preflight.check(edition)));
        if (diagnostics.hasErrors() || report.strict && diagnostics.warningCount() > 0) {
            return report(BuildResult.Outcome.CONTENT_ERRORS, loaded);
        }
        try {
            EmailFiles.write(out, options.content, editions);
        } catch (OutputException e) {
            report(BuildResult.Outcome.OK, loaded);
            return fail(err, e.getMessage());
        }
        report(BuildResult.Outcome.OK, loaded);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + String.join(", ", editions.stream().map(EmailEdition::name).toList())
                + " (.html, .txt, .eml) to " + out);
        try {
            handover.run(editions, site.config().email().from()).forEach(stdout::println);
        } catch (HandoverException e) {
            stdout.flush();
            return fail(err, e.getMessage());
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private List<EmailEdition> editions(EmailEditions editions) throws EmailHandover.UsageException {
        if (digest != null) {
            List<Brief> briefs = editions.publishedOn(digest);
            if (briefs.isEmpty()) {
                throw new EmailHandover.UsageException("no brief is published on " + digest);
            }
            return List.of(editions.digest(digest, briefs));
        }
        if (slugs.isEmpty()) {
            Brief newest = editions.newest().orElseThrow(() -> new EmailHandover.UsageException(
                    "no brief is published yet; name a draft with --drafts"));
            return List.of(editions.brief(newest));
        }
        List<EmailEdition> named = new ArrayList<>();
        for (String slug : slugs.stream().distinct().toList()) {
            Brief brief = editions.find(slug).orElseThrow(() -> new EmailHandover.UsageException(
                    "no published brief has the slug \"" + slug + "\" (drafts need --drafts, briefs dated in the "
                            + "future --future)"));
            named.add(editions.brief(brief));
        }
        return named;
    }

    private int report(BuildResult.Outcome outcome, SiteBuild.Published loaded) {
        BuildResult stages = loaded.result();
        BuildResult result = new BuildResult(outcome, stages.diagnostics(), stages.briefCount(), 0, 0, 0,
                stages.heldBack(), stages.millis(), Optional.empty());
        return new Reporter(DiagnosticFormat.TEXT, report.useColour(), "nothing was written")
                .report(result, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private static int fail(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return ExitCode.USAGE_OR_CONFIGURATION;
    }
}
