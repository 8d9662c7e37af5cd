package ara.application.port.out.report;

import ara.domain.report.Report;

import java.time.Instant;
import java.util.List;

/** Outbound port: finds finished reports (ready, failed, cancelled) old enough to expire. Thread-safe. */
public interface ReportRetention {

    /** Finished reports last changed at or before {@code cutoff}, least recently changed first, at most {@code limit}. */
    List<Report> finishedUntil(Instant cutoff, int limit);
}
