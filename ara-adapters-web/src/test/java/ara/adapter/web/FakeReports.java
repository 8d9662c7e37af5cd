package ara.adapter.web;

import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.report.DeleteReportUseCase;
import ara.application.port.in.report.DeletedReportView;
import ara.application.port.in.report.GetReportLinkUseCase;
import ara.application.port.in.report.GetReportUseCase;
import ara.application.port.in.report.ListReportsUseCase;
import ara.application.port.in.report.LogoNotUploaded;
import ara.application.port.in.report.ReportLinkView;
import ara.application.port.in.report.ReportNotReady;
import ara.application.port.in.report.RequestReportCommand;
import ara.application.port.in.report.RequestReportUseCase;
import ara.application.port.in.storage.CheckStorageUseCase;
import ara.application.port.in.storage.DeleteObjectUseCase;
import ara.application.port.in.storage.EdgeGrantView;
import ara.application.port.in.storage.EdgeGrantsDisabled;
import ara.application.port.in.storage.IssueEdgeGrantUseCase.EdgeOperation;
import ara.application.port.in.storage.GetObjectLinkUseCase;
import ara.application.port.in.storage.IssueEdgeGrantUseCase;
import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.in.storage.IssueUploadUseCase;
import ara.application.port.in.storage.ObjectLinkView;
import ara.application.port.in.storage.ObjectNotFound;
import ara.application.port.in.storage.ReportDocumentNotDeletable;
import ara.application.port.in.storage.ServeSignedFileUseCase;
import ara.application.port.in.storage.SignedFileView;
import ara.application.port.in.storage.StorageHealthView;
import ara.application.port.in.storage.UploadLinkView;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditStatus;
import ara.domain.identity.Caller;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;
import ara.domain.report.ReportNotFound;
import ara.domain.report.ReportRetryPolicy;
import ara.domain.report.ReportStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * Test doubles of the report and signed-URL use cases, doing the real work with the real domain (the Report
 * aggregate, its fingerprint and transitions) over reports kept in a map, and the fake audits' access rule: a
 * report is visible to whoever may read its audit. {@link #finish} plays the worker. The signed files know two
 * signatures: {@code good} and anything else (refused); without one a link is malformed. Thread-safe.
 */
final class FakeReports implements RequestReportUseCase, GetReportUseCase, ListReportsUseCase, DeleteReportUseCase,
        GetReportLinkUseCase, IssueUploadUseCase, GetObjectLinkUseCase, DeleteObjectUseCase, CheckStorageUseCase,
        ServeSignedFileUseCase, IssueEdgeGrantUseCase {
    static final String STORAGE = "https://storage.example/";
    static final String EDGE = "https://edge.example/r2/";

    private final BiFunction<AuditId, Caller, Audit> readable;
    private final Clock clock;
    private final Map<ReportId, Report> reports = new ConcurrentHashMap<>();
    private final Map<String, AuditId> uploads = new ConcurrentHashMap<>();
    private final Map<String, SignedFileView.File> files = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean edgeConfigured = true;
    private volatile StorageHealthView health = new StorageHealthView(true, "bucket ara-test answers");

    FakeReports(BiFunction<AuditId, Caller, Audit> readable, Clock clock) {
        this.readable = readable;
        this.clock = clock;
    }

    ReportUseCases asReportUseCases() {
        return new ReportUseCases(this, this, this, this, this);
    }

    StorageUseCases asStorageUseCases() {
        return new StorageUseCases(this, this, this, this, this, this);
    }

    /** Plays the worker: renders and stores the report, which becomes ready. */
    Report finish(String reportId) {
        ReportId id = ReportId.parse(reportId);
        return reports.compute(id, (key, report) -> report.claim("worker", clock.instant(), Duration.ofMinutes(1),
                ReportRetryPolicy.DEFAULT).stored("worker", new ReportFile("reports/" + report.auditId() + "/" + id
                + ".pdf", 1234, "ab".repeat(32), "application/pdf"), clock.instant()).ready("worker",
                clock.instant()));
    }

    /** Whether an edge worker is configured (grants are issued); it is unless told otherwise. */
    void edgeConfigured(boolean configured) {
        this.edgeConfigured = configured;
    }

    void health(StorageHealthView view) {
        this.health = view;
    }

    /** A file behind a signed link. */
    void file(String key, byte[] content, String contentType) {
        files.put(key, new SignedFileView.File(content, contentType));
    }

    Optional<SignedFileView.File> file(String key) {
        return Optional.ofNullable(files.get(key));
    }

    private Report visible(ReportId id, Caller caller) {
        Report report = Optional.ofNullable(reports.get(id)).orElseThrow(() -> new ReportNotFound(id));
        try {
            readable.apply(report.auditId(), caller);
        } catch (ara.domain.audit.AuditNotFound e) {
            throw new ReportNotFound(id);
        }
        return report;
    }

    @Override
    public synchronized Report request(RequestReportCommand command) {
        Audit audit = readable.apply(command.audit(), command.caller());
        if (audit.status() != AuditStatus.SCORED && audit.status() != AuditStatus.REPORT_READY) {
            throw new AuditNotScored(audit.id(), audit.status());
        }
        command.options().logo().ifPresent(key -> {
            if (!audit.id().equals(uploads.get(key))) {
                throw new LogoNotUploaded(key, "names no upload of audit " + audit.id());
            }
        });
        Report wanted = Report.request(new ReportId(new UUID(1, ids.incrementAndGet())), audit.id(),
                command.template(), command.options(), clock.instant());
        return reports.values().stream().filter(r -> r.isActive() && r.auditId().equals(audit.id())
                && r.fingerprint().equals(wanted.fingerprint())).findFirst().orElseGet(() -> {
                    reports.put(wanted.id(), wanted);
                    return wanted;
                });
    }

    @Override
    public Report get(ReportId id, Caller caller) {
        return visible(id, caller);
    }

    @Override
    public List<Report> list(AuditId audit, Caller caller) {
        readable.apply(audit, caller);
        return reports.values().stream().filter(r -> r.auditId().equals(audit))
                .sorted(Comparator.comparing((Report r) -> r.id().value()).reversed()).toList();
    }

    @Override
    public DeletedReportView delete(ReportId id, Caller caller) {
        Report report = visible(id, caller);
        if (report.isActive()) {
            return new DeletedReportView(reports.compute(id, (key, r) -> r.cancel(clock.instant())), false);
        }
        reports.remove(id);
        return new DeletedReportView(report, true);
    }

    @Override
    public ReportLinkView link(ReportId id, Caller caller) {
        Report report = visible(id, caller);
        if (report.status() != ReportStatus.READY) {
            throw new ReportNotReady(id, report.status());
        }
        return new ReportLinkView(URI.create(STORAGE + report.file().orElseThrow().key() + "?signature=s"),
                clock.instant().plus(Duration.ofDays(7)));
    }

    @Override
    public UploadLinkView issue(IssueUploadCommand command) {
        Audit audit = readable.apply(command.audit(), command.caller());
        String key = "uploads/" + audit.id() + "/" + new UUID(2, ids.incrementAndGet());
        uploads.put(key, audit.id());
        return new UploadLinkView(key, URI.create(STORAGE + key + "?signature=put"), command.contentType(),
                command.size(), clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Override
    public ObjectLinkView link(String key, Caller caller) {
        owner(key, caller);
        return new ObjectLinkView(key, URI.create(STORAGE + key + "?signature=get"),
                clock.instant().plus(Duration.ofDays(7)));
    }

    @Override
    public void delete(String key, Caller caller) {
        owner(key, caller);
        reports.values().stream().filter(r -> r.file().map(ReportFile::key).filter(key::equals).isPresent())
                .findFirst().ifPresent(r -> {
                    throw new ReportDocumentNotDeletable(key, r.id().toString());
                });
        uploads.remove(key);
    }

    @Override
    public EdgeGrantView upload(IssueUploadCommand command) {
        if (!edgeConfigured) {
            throw new EdgeGrantsDisabled();
        }
        UploadLinkView upload = issue(command);
        return new EdgeGrantView(EdgeOperation.UPLOAD, upload.key(), "POST", URI.create(EDGE + "upload?key="
                + upload.key() + "&signature=edge"), clock.instant().plus(Duration.ofMinutes(5)),
                Optional.of(upload.contentType()), OptionalLong.of(upload.size()));
    }

    @Override
    public EdgeGrantView access(EdgeOperation operation, String key, Caller caller) {
        if (operation == EdgeOperation.UPLOAD) {
            throw new IllegalArgumentException("an upload grant is issued for an audit");
        }
        if (!edgeConfigured) {
            throw new EdgeGrantsDisabled();
        }
        owner(key, caller);
        if (operation == EdgeOperation.DELETE) {
            reports.values().stream().filter(r -> r.file().map(ReportFile::key).filter(key::equals).isPresent())
                    .findFirst().ifPresent(r -> {
                        throw new ReportDocumentNotDeletable(key, r.id().toString());
                    });
        }
        String route = operation == EdgeOperation.DOWNLOAD ? "download" : "delete";
        return new EdgeGrantView(operation, key, operation == EdgeOperation.DOWNLOAD ? "GET" : "DELETE",
                URI.create(EDGE + route + "?key=" + key + "&signature=edge"), clock.instant().plus(Duration.ofMinutes(5)),
                Optional.empty(), OptionalLong.empty());
    }

    /** The audit of an upload or a report document the caller may see; {@link ObjectNotFound} otherwise. */
    private AuditId owner(String key, Caller caller) {
        Optional<AuditId> audit = Optional.ofNullable(uploads.get(key)).or(() -> reports.values().stream()
                .filter(r -> r.file().map(ReportFile::key).filter(key::equals).isPresent())
                .map(Report::auditId).findFirst());
        try {
            return readable.apply(audit.orElseThrow(() -> new ObjectNotFound(key)), caller).id();
        } catch (ara.domain.audit.AuditNotFound e) {
            throw new ObjectNotFound(key);
        }
    }

    @Override
    public StorageHealthView health() {
        return health;
    }

    @Override
    public SignedFileView.Download download(String key, Map<String, String> parameters) {
        return Objects.requireNonNullElse(refused(parameters), Optional.<SignedFileView.Download>ofNullable(
                files.get(key)).orElseGet(SignedFileView.Missing::new));
    }

    @Override
    public SignedFileView.Upload upload(String key, Map<String, String> parameters, String contentType,
                                        long contentLength, InputStream body) {
        SignedFileView.Refused refused = refused(parameters);
        if (refused != null) {
            return refused;
        }
        try {
            byte[] content = body.readAllBytes();
            if (content.length != contentLength) {
                return new SignedFileView.Refused(false, "wrong_length");
            }
            files.put(key, new SignedFileView.File(content, contentType));
            return new SignedFileView.Stored(key, content.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SignedFileView.Refused refused(Map<String, String> parameters) {
        String signature = parameters.get("signature");
        if (signature == null) {
            return new SignedFileView.Refused(true, "malformed");
        }
        return signature.equals("good") ? null : new SignedFileView.Refused(false, "bad_signature");
    }
}
