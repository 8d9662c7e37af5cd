package ara.application.service.storage;

import ara.application.port.in.storage.GetObjectLinkUseCase;
import ara.application.port.in.storage.ObjectLinkView;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.report.ReportAccess;
import ara.domain.identity.Caller;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Service: an expiring download link to an object ARA issued (an upload, or a stored report's document), for the
 * owner of its audit (see {@link IssuedObjects} for how the key is checked). Thread-safe.
 */
public final class GetObjectLinkService implements GetObjectLinkUseCase {
    private final ObjectStorage storage;
    private final Duration validity;
    private final IssuedObjects objects;
    private final Clock clock;

    /** @param validity how long a link works: 1 s to 7 days */
    public GetObjectLinkService(AuditRepository audits, ReportRepository reports, UploadRegistry uploads,
                                ObjectStorage storage, Duration validity, AuditLog log, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        ObjectStorage.validitySeconds(validity);
        this.validity = validity;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.objects = new IssuedObjects(Objects.requireNonNull(reports, "reports"),
                Objects.requireNonNull(uploads, "uploads"), new ReportAccess(Objects.requireNonNull(audits, "audits"),
                reports, Objects.requireNonNull(log, "log"), clock));
    }

    @Override
    public ObjectLinkView link(String key, Caller caller) {
        IssuedObjects.Issued issued = objects.find(key, caller);
        return new ObjectLinkView(issued.key().value(), storage.presignGet(issued.key(), validity),
                clock.instant().plusSeconds(ObjectStorage.validitySeconds(validity)));
    }
}
