package ara.domain.event;

import ara.domain.audit.Audit;
import ara.domain.result.AuditResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a change of an audit means to the outside: the events a new audit, or the step from one stored audit to the
 * next, yields. Derived from the two states alone, so every path that stores a change reports it alike. Stateless.
 */
public final class AuditEvents {
    private AuditEvents() {
    }

    /** A new audit: {@code audit.started}. */
    public static List<DomainEvent> created(Audit audit) {
        return List.of(event(EventType.AUDIT_STARTED, audit));
    }

    /** The events of the change from {@code before} to {@code after} (none for an autosave). */
    public static List<DomainEvent> changed(Audit before, Audit after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before == after) {
            return List.of();
        }
        List<DomainEvent> events = new ArrayList<>(1);
        if (before.submittedAt().isEmpty() && after.submittedAt().isPresent()) {
            events.add(event(EventType.AUDIT_SUBMITTED, after));
        }
        if (before.owner().isEmpty() && after.owner().isPresent()) {
            events.add(event(EventType.AUDIT_CLAIMED, after));
        }
        if (after.guestEmail().isPresent() && !after.guestEmail().equals(before.guestEmail())) {
            events.add(event(EventType.AUDIT_GUEST_EMAIL_GIVEN, after));
        }
        return List.copyOf(events);
    }

    private static DomainEvent event(EventType type, Audit audit) {
        Optional<AuditResult> result = audit.result();
        return new DomainEvent(DomainEvent.idOf(type, audit.id().value(), audit.version()), type, audit.updatedAt(),
                audit.id(), Optional.empty(), audit.status().code(), Optional.of(audit.questionnaire()),
                OptionalInt.of(audit.questionnaireVersion()),
                result.map(scored -> OptionalInt.of((int) Math.round(scored.scoreCard().total().percent())))
                        .orElse(OptionalInt.empty()),
                result.map(scored -> scored.level().name().toLowerCase(Locale.ROOT)));
    }
}
