package ara.adapter.memory;

import ara.application.port.out.report.ReportChanges;
import ara.application.port.out.report.ReportJobQueue;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.report.ReportRetention;
import ara.application.port.out.report.ReportStatistics;
import ara.domain.audit.AuditId;
import ara.domain.event.ReportEvents;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportNotFound;
import ara.domain.report.ReportStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Persistence adapter: reports and their job queue in a map, lost when the process ends (one instance only).
 * Thread-safe, with the SQL adapter's locking: each report has a lock that changes hold while they run; a claim
 * skips reports whose lock is taken (like {@code SKIP LOCKED}); creating holds one lock for all, so that the
 * de-duplication check and the insert are atomic (no change turns a finished report active again, so changes need
 * not take it). Changes must not call back into this repository.
 */
public final class InMemoryReportRepository implements ReportRepository, ReportJobQueue, ReportStatistics,
        ReportRetention {
    private static final Comparator<Report> NEWEST_FIRST = Comparator.comparing(Report::createdAt).reversed()
            .thenComparing(report -> report.id().toString());
    private static final Comparator<Report> LONGEST_DUE = Comparator.comparing(
            (Report report) -> report.dueAt().orElseThrow()).thenComparing(report -> report.id().toString());

    private final ConcurrentMap<ReportId, Report> reports = new ConcurrentHashMap<>();
    private final ConcurrentMap<ReportId, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final ReentrantLock creating = new ReentrantLock();
    private final InMemoryEventOutbox outbox;

    /** Reports whose events go to an outbox of their own, which nothing reads. */
    public InMemoryReportRepository() {
        this(new InMemoryEventOutbox());
    }

    /** @param outbox where the events of each stored change go, while the report's lock is held */
    public InMemoryReportRepository(InMemoryEventOutbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public Report createUnlessActive(Report report) {
        Report stored = ReportChanges.storable(report);
        return locked(creating, () -> {
            if (stored.isActive()) {
                Optional<Report> active = findActive(stored.auditId(), stored.fingerprint());
                if (active.isPresent()) {
                    return active.get();
                }
            }
            if (reports.putIfAbsent(stored.id(), stored) != null) {
                throw new IllegalStateException("report " + stored.id() + " already exists");
            }
            return stored;
        });
    }

    @Override
    public Optional<Report> find(ReportId id) {
        return Optional.ofNullable(reports.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public List<Report> findByAudit(AuditId audit) {
        Objects.requireNonNull(audit, "audit");
        return reports.values().stream().filter(report -> report.auditId().equals(audit)).sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public Optional<Report> findActive(AuditId audit, String fingerprint) {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(fingerprint, "fingerprint");
        return reports.values().stream().filter(report -> report.isActive() && report.auditId().equals(audit)
                && report.fingerprint().equals(fingerprint)).findFirst();
    }

    @Override
    public Report update(ReportId id, UnaryOperator<Report> change) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        return locked(lockOf(id), () -> store(id, change));
    }

    @Override
    public boolean delete(ReportId id) {
        Objects.requireNonNull(id, "id");
        return locked(lockOf(id), () -> reports.remove(id) != null);
    }

    @Override
    public Optional<Report> claimNext(Instant now, UnaryOperator<Report> claim) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(claim, "claim");
        List<Report> due = reports.values().stream().filter(report -> report.isDueAt(now)).sorted(LONGEST_DUE)
                .toList();
        for (Report candidate : due) {
            ReentrantLock lock = lockOf(candidate.id());
            if (!lock.tryLock()) {
                continue;
            }
            try {
                Report current = reports.get(candidate.id());
                if (current != null && current.isDueAt(now)) {
                    return Optional.of(store(current.id(), claim));
                }
            } finally {
                lock.unlock();
            }
        }
        return Optional.empty();
    }

    private Report store(ReportId id, UnaryOperator<Report> change) {
        Report current = Optional.ofNullable(reports.get(id)).orElseThrow(() -> new ReportNotFound(id));
        Report changed = ReportChanges.apply(current, change);
        outbox.append(ReportEvents.changed(current, changed));
        reports.put(id, changed);
        return changed;
    }

    private ReentrantLock lockOf(ReportId id) {
        return locks.computeIfAbsent(id, key -> new ReentrantLock());
    }

    private static <T> T locked(ReentrantLock lock, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Map<ReportStatus, Long> countByStatus() {
        return reports.values().stream().collect(Collectors.groupingBy(Report::status, Collectors.counting()));
    }

    @Override
    public List<Report> finishedUntil(Instant cutoff, int limit) {
        Set<ReportStatus> finished = EnumSet.of(ReportStatus.READY, ReportStatus.FAILED, ReportStatus.CANCELLED);
        return reports.values().stream()
                .filter(report -> finished.contains(report.status()) && !report.updatedAt().isAfter(cutoff))
                .sorted(Comparator.comparing(Report::updatedAt).thenComparing(report -> report.id().toString()))
                .limit(limit).toList();
    }
}
