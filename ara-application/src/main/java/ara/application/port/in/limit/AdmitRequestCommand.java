package ara.application.port.in.limit;

import java.util.Objects;

/**
 * One request to admit: which limit applies and whom it counts against.
 *
 * @param scope   the limit, e.g. {@link Scope#API_PER_IP}
 * @param subject what the limit is kept for: the client address for per-IP scopes, the audit id for per-audit
 *                scopes; not blank, at most {@value #MAX_SUBJECT_LENGTH} characters
 */
public record AdmitRequestCommand(Scope scope, String subject) {
    public static final int MAX_SUBJECT_LENGTH = 200;
    private static final String PER_AUDIT = "per audit";

    public AdmitRequestCommand {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("subject must be at most " + MAX_SUBJECT_LENGTH
                    + " characters, got " + subject.length());
        }
    }

    /** The rate limits ARA enforces, each configured as {@code count/period} (see the README). */
    public enum Scope {
        /** Every API request (health checks excepted), per client IP address. */
        API_PER_IP("api_per_ip", "per client address"),
        /**
         * Failed attempts on what audits own (answered 401, 403 or 404), per client IP address; once spent, that
         * address's requests to those routes are refused before any look-up.
         */
        FAILED_ACCESS_PER_IP("failed_access_per_ip", "per client address"),
        /** Starting an audit (a guest session or a user's audit), per client IP address. */
        AUDIT_CREATE_PER_IP("audit_create_per_ip", "per client address"),
        /** Saving or clearing answers, per audit. */
        ANSWER_WRITES_PER_AUDIT("answer_writes_per_audit", PER_AUDIT),
        /** Submitting, per audit. */
        SUBMIT_PER_AUDIT("submit_per_audit", PER_AUDIT),
        /** Generating a report, per audit. */
        REPORTS_PER_AUDIT("reports_per_audit", PER_AUDIT),
        /** Chat messages to the assistant, per audit. */
        CHAT_PER_AUDIT("chat_per_audit", PER_AUDIT),
        /** Uploads (a report logo), per audit. */
        UPLOADS_PER_AUDIT("uploads_per_audit", PER_AUDIT);

        private final String code;
        private final String per;

        Scope(String code, String per) {
            this.code = code;
            this.per = per;
        }

        /** The scope's stable name, as problem details and logs show it, e.g. {@code api_per_ip}. */
        public String code() {
            return code;
        }

        /** What the limit is counted per, in words ("per client address", "per audit"). */
        public String per() {
            return per;
        }

        /** Whether the limit is an allowance of each audit, spent only by requests its access rule lets through. */
        public boolean perAudit() {
            return PER_AUDIT.equals(per);
        }
    }
}
