-- Erasure (issue 19): deleting an audit removes the outbox events about it, and deleting an account replaces its
-- actor in the audit log by a pseudonym; both find their rows by these indexes instead of scanning the tables.
-- Same dialect rules as V1 (MySQL 8, MariaDB 10.11+, H2 in MySQL mode).

CREATE INDEX idx_outbox_events_audit ON outbox_events (audit_id);
CREATE INDEX idx_audit_log_actor ON audit_log (actor);
