-- The index the report clean-up reads (docs/adr/0014-maintenance.md): finished reports changed at or before a
-- cut-off, least recently changed first, 1 000 at a time:
--   WHERE status IN ('ready', 'failed', 'cancelled') AND updated_at <= :cutoff ORDER BY updated_at, id LIMIT :limit
-- Led by updated_at and ending in id, the index hands rows over in exactly the ORDER BY's order, so the scan stops
-- after the limit with no sort; the status test costs a row look-up the SELECT needs anyway, and skips few rows
-- (unfinished reports are recent). A (status, updated_at) index was measured reading every expired row and sorting
-- them (docs/benchmarks.md). Same dialect rules as V1 (MySQL 8, MariaDB 10.11+, H2 in MySQL mode).

CREATE INDEX idx_reports_updated ON reports (updated_at, id);
