package ara.adapter.web;

/** Source of the {@code /api/metrics} page: every metric in the Prometheus text format (0.0.4). Thread-safe. */
@FunctionalInterface
public interface MetricsExposition {
    /** The content type of the Prometheus text format. */
    String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** The current values of every metric, as Prometheus text. */
    String scrape();
}
