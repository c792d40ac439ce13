package newsbrief.diag;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The severity each adjustable rule has in this newsletter, from the schema's {@code severity:}
 * map: a rule can be made an error, a warning, or switched off. Rules not listed keep the
 * severity their check gives them.
 */
public final class RulePolicy {

    /** What the schema says of one rule. */
    public enum Setting {
        ERROR,
        WARNING,
        OFF
    }

    public static final RulePolicy DEFAULT = new RulePolicy(Map.of());

    private final Map<Rule, Setting> settings;

    public RulePolicy(Map<Rule, Setting> settings) {
        this.settings = Map.copyOf(Objects.requireNonNull(settings, "settings"));
    }

    /** The severity to report a problem with, or empty when its rule is switched off. */
    public Optional<Severity> apply(Rule rule, Severity given) {
        Setting setting = settings.get(rule);
        if (setting == null) {
            return Optional.of(given);
        }
        return switch (setting) {
            case ERROR -> Optional.of(Severity.ERROR);
            case WARNING -> Optional.of(Severity.WARNING);
            case OFF -> Optional.empty();
        };
    }
}
