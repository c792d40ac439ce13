package newsbrief.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.email.ButtondownDrafts;
import newsbrief.email.EmailEdition;
import newsbrief.email.HandoverException;
import newsbrief.email.ListmonkDrafts;
import newsbrief.email.SmtpTestSend;

/**
 * What {@code email} does with its editions once written, when asked: a test copy by SMTP, a
 * draft in Buttondown or listmonk. Keys come from the environment only, and are checked before
 * anything is read, so a missing one costs nothing but a line.
 */
final class EmailHandover {

    /** One hand-over of one edition; returns what to tell the user. */
    interface Step {
        String run(EmailEdition edition, Optional<String> from) throws HandoverException;
    }

    /** The hand-over was asked for wrongly; the message says how, in one line. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final List<Step> steps;

    private EmailHandover(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * @param send     {@code --send}: the SMTP server, or null
     * @param to       {@code --to}: who gets the test copy, or null
     * @param push     {@code --push}: "buttondown", "listmonk", or null
     * @param list     {@code --list}: listmonk's list id, or null
     */
    static EmailHandover of(URI send, String to, String push, Integer list, Map<String, String> env)
            throws UsageException {
        List<Step> steps = new ArrayList<>();
        if (send != null || to != null) {
            steps.add(smtp(send, to, env));
        }
        if (list != null && !"listmonk".equals(push)) {
            throw new UsageException("--list is for --push listmonk");
        }
        if ("buttondown".equals(push)) {
            steps.add(buttondown(env));
        } else if ("listmonk".equals(push)) {
            steps.add(listmonk(env, list));
        } else if (push != null) {
            throw new UsageException("--push \"" + push + "\" is not a service newsbrief knows; use buttondown or listmonk");
        }
        return new EmailHandover(steps);
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * Runs every step for every edition, in order; the first failure stops.
     *
     * @param from the sender from site.yaml
     */
    List<String> run(List<EmailEdition> editions, Optional<String> from) throws HandoverException {
        List<String> done = new ArrayList<>();
        for (EmailEdition edition : editions) {
            for (Step step : steps) {
                done.add(step.run(edition, from));
            }
        }
        return done;
    }

    private static Step smtp(URI send, String to, Map<String, String> env) throws UsageException {
        if (send == null || to == null) {
            throw new UsageException("--send smtp://HOST:PORT and --to ADDRESS go together");
        }
        if (!"smtp".equals(send.getScheme()) || send.getHost() == null) {
            throw new UsageException("--send \"" + send + "\" is not smtp://HOST:PORT");
        }
        Optional<String> user = variable(env, "SMTP_USER");
        Optional<SmtpTestSend.Login> login = Optional.empty();
        if (user.isPresent()) {
            login = Optional.of(new SmtpTestSend.Login(user.get(), required(env, "SMTP_PASSWORD",
                    "SMTP_USER is set; the SMTP server's password too")));
        }
        Optional<SmtpTestSend.Login> credentials = login;
        return (edition, from) -> {
            if (from.isEmpty()) {
                throw new HandoverException("--send needs a sender: set email.from in site.yaml");
            }
            new SmtpTestSend().send(edition, send, to, credentials);
            return "sent a test copy of " + edition.name() + " to " + to + " through " + send;
        };
    }

    private static Step buttondown(Map<String, String> env) throws UsageException {
        String key = required(env, "BUTTONDOWN_API_KEY", "--push buttondown needs the API key from Buttondown's settings");
        URI api = url(env, "BUTTONDOWN_API_URL").orElse(ButtondownDrafts.DEFAULT_API);
        ButtondownDrafts drafts = new ButtondownDrafts(client(), api);
        return (edition, from) -> "created Buttondown draft " + drafts.create(edition, key) + " for " + edition.name();
    }

    private static Step listmonk(Map<String, String> env, Integer list) throws UsageException {
        URI server = url(env, "LISTMONK_URL").orElseThrow(() -> new UsageException(
                "LISTMONK_URL is not set; --push listmonk needs the address of your listmonk"));
        String user = required(env, "LISTMONK_USER", "--push listmonk needs an API user");
        String token = required(env, "LISTMONK_TOKEN", "--push listmonk needs the API user's token");
        if (list == null) {
            throw new UsageException("--push listmonk needs --list ID, the list the campaign goes to");
        }
        ListmonkDrafts drafts = new ListmonkDrafts(client(), server);
        return (edition, from) -> "created listmonk draft campaign " + drafts.create(edition, user, token, list, from)
                + " for " + edition.name();
    }

    private static String required(Map<String, String> env, String name, String why) throws UsageException {
        return variable(env, name).orElseThrow(() -> new UsageException(name + " is not set; " + why));
    }

    private static Optional<String> variable(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<URI> url(Map<String, String> env, String name) throws UsageException {
        Optional<String> value = variable(env, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(value.get());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UsageException(name + " \"" + value.get() + "\" is not an http(s) URL");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    }
}
