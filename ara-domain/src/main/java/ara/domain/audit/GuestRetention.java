package ara.domain.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The retention rule for guest audits (audits without an owner): one untouched for {@code withoutEmail} is expired,
 * one whose guest gave an email address for {@code withEmail}; user audits never expire. "Untouched for d" means
 * {@code updatedAt <= now - d}, so an audit changed exactly 30 days ago is expired and one changed a microsecond
 * later is kept. Immutable.
 */
public record GuestRetention(Duration withoutEmail, Duration withEmail) {
    /** Thirty days, ninety with an email (docs/adr/0005 and 0014). */
    public static final GuestRetention DEFAULT = new GuestRetention(Duration.ofDays(30), Duration.ofDays(90));

    public GuestRetention {
        Objects.requireNonNull(withoutEmail, "withoutEmail");
        Objects.requireNonNull(withEmail, "withEmail");
        if (withoutEmail.isNegative() || withoutEmail.isZero()) {
            throw new IllegalArgumentException("withoutEmail must be positive, got " + withoutEmail);
        }
        if (withEmail.compareTo(withoutEmail) < 0) {
            throw new IllegalArgumentException("withEmail (" + withEmail + ") must be at least withoutEmail ("
                    + withoutEmail + ")");
        }
    }

    /** Guest audits without an email changed at or before this instant are expired. */
    public Instant cutoffWithoutEmail(Instant now) {
        return now.minus(withoutEmail);
    }

    /** Guest audits with an email changed at or before this instant are expired. */
    public Instant cutoffWithEmail(Instant now) {
        return now.minus(withEmail);
    }

    /** Whether the audit is a guest audit past its retention at {@code now}. */
    public boolean expired(Audit audit, Instant now) {
        if (audit.owner().isPresent()) {
            return false;
        }
        Instant cutoff = audit.guestEmail().isPresent() ? cutoffWithEmail(now) : cutoffWithoutEmail(now);
        return !audit.updatedAt().isAfter(cutoff);
    }
}
