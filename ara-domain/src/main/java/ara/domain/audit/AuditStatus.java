package ara.domain.audit;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lifecycle of an audit: {@code DRAFT → SUBMITTED → SCORED → REPORT_READY}, and {@code ARCHIVED} from any
 * other state. Only a draft takes answers.
 */
public enum AuditStatus {
    DRAFT, SUBMITTED, SCORED, REPORT_READY, ARCHIVED;

    /** The states this one may move to. */
    public Set<AuditStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, ARCHIVED);
            case SUBMITTED -> EnumSet.of(SCORED, ARCHIVED);
            case SCORED -> EnumSet.of(REPORT_READY, ARCHIVED);
            case REPORT_READY -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(AuditStatus.class);
        };
    }

    public boolean canMoveTo(AuditStatus next) {
        return successors().contains(next);
    }

    /**
     * The next state, checked.
     *
     * @throws IllegalStatusTransition when this state cannot move to {@code next}
     */
    public AuditStatus moveTo(AuditStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStatusTransition(this, next);
        }
        return next;
    }

    public boolean acceptsAnswers() {
        return this == DRAFT;
    }

    /** The external name ("draft", "submitted", …). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
