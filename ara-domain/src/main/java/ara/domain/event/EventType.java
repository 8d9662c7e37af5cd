package ara.domain.event;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event ARA tells others about, each with its stable public name ({@code audit.submitted}, …). */
public enum EventType {
    AUDIT_STARTED("audit.started"),
    AUDIT_SUBMITTED("audit.submitted"),
    AUDIT_CLAIMED("audit.claimed"),
    AUDIT_GUEST_EMAIL_GIVEN("audit.guest_email_given"),
    REPORT_READY("report.ready"),
    REPORT_FAILED("report.failed");

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    /** The public name, as receivers see it. */
    public String code() {
        return code;
    }

    public static Optional<EventType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
