package ara.application.port.out.webhook;

import java.util.Objects;

/** A webhook URL that may not be called: the rule it breaks, for admins (no addresses of internal systems). */
public final class WebhookTargetRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public WebhookTargetRefused(String rule) {
        super("url refused: " + rule);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The rule, e.g. {@code must use https} or {@code resolves to a private address}. */
    public String rule() {
        return rule;
    }
}
