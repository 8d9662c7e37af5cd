package ara.application.port.in.storage;

/** Inbound port: an expiring link through which an audit's owner uploads one file of a given type and size. */
public interface IssueUploadUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound when there is no such audit (or the caller may not see it)
     */
    UploadLinkView issue(IssueUploadCommand command);
}
