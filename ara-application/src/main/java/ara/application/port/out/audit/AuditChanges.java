package ara.application.port.out.audit;

import ara.domain.audit.Audit;
import ara.domain.result.AuditResult;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Part of the {@link ara.application.port.out.audit.AuditRepository} contract, what every implementation of the port does
 * alike: applies a change and checks what it returned, and cuts instants to the microseconds that a
 * {@code DATETIME(6)} column keeps, so that every implementation (in memory or SQL) stores the same thing. Stateless and thread-safe.
 */
public final class AuditChanges {
    private AuditChanges() {
    }

    /**
     * Applies {@code change} to {@code current}. Returns {@code current} itself when the change returned it (nothing
     * to write), else the changed audit as it will be stored.
     *
     * @throws IllegalStateException when the change returned nothing, another audit, or no higher version
     */
    public static Audit apply(Audit current, UnaryOperator<Audit> change) {
        Audit changed = change.apply(current);
        if (changed == current) {
            return current;
        }
        if (changed == null) {
            throw new IllegalStateException("a change of audit " + current.id() + " returned null");
        }
        if (!changed.id().equals(current.id())) {
            throw new IllegalStateException("a change of audit " + current.id() + " returned audit " + changed.id());
        }
        if (changed.version() <= current.version()) {
            throw new IllegalStateException("a change of audit " + current.id() + " at version " + current.version()
                    + " returned version " + changed.version() + "; a change must raise the version");
        }
        return storable(changed);
    }

    /** The audit as storage keeps it: every instant truncated to microseconds (the same instance if nothing is cut). */
    public static Audit storable(Audit audit) {
        Objects.requireNonNull(audit, "audit");
        AuditResult result = audit.result().orElse(null);
        AuditResult storedResult = result == null || isMicros(result.calculatedAt()) ? result
                : new AuditResult(result.questionnaire(), result.questionnaireVersion(), result.scoringVersion(),
                        result.scoreCard(), result.level(), result.pillars(), result.strengths(), result.gaps(),
                        result.recommendations(), result.roadmap(), result.insights(), micros(result.calculatedAt()));
        Instant submittedAt = audit.submittedAt().orElse(null);
        if (storedResult == result && isMicros(audit.createdAt()) && isMicros(audit.updatedAt())
                && (submittedAt == null || isMicros(submittedAt))) {
            return audit;
        }
        return audit.snapshot().toBuilder()
                .createdAt(micros(audit.createdAt()))
                .updatedAt(micros(audit.updatedAt()))
                .submittedAt(submittedAt == null ? null : micros(submittedAt))
                .result(storedResult)
                .reload();
    }

    /** Checks a page request of {@code findByOwner}. */
    public static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
    }

    private static boolean isMicros(Instant instant) {
        return instant.getNano() % 1_000 == 0;
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
