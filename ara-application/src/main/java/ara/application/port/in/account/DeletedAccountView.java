package ara.application.port.in.account;

/**
 * What an account's erasure removed.
 *
 * @param audits          how many audits were erased
 * @param auditLogEntries how many audit-log entries now name a pseudonym instead of the account
 */
public record DeletedAccountView(int audits, long auditLogEntries) {
    public DeletedAccountView {
        if (audits < 0 || auditLogEntries < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }
}
