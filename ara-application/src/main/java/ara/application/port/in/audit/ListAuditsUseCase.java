package ara.application.port.in.audit;

/** Inbound port: lists the caller's audits, newest first. */
public interface ListAuditsUseCase {
    AuditPageView list(ListAuditsQuery query);
}
