-- Maintenance (docs/adr/0014-maintenance.md): the leases that let one instance at a time run a clean-up across the
-- cluster, and the index the guest-retention query reads. Same dialect rules as V1 (MySQL 8, MariaDB 10.11+, H2 in
-- MySQL mode).

CREATE TABLE maintenance_leases (
    job         VARCHAR(64)  NOT NULL,
    -- The instance holding the lease (host and a random suffix), NULL when free.
    holder      VARCHAR(200) NULL,
    lease_until DATETIME(6)  NOT NULL,
    PRIMARY KEY (job)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The known jobs' rows exist up front, so that taking a lease is one conditional UPDATE (no insert race).
INSERT INTO maintenance_leases (job, holder, lease_until) VALUES ('guest-cleanup', NULL, '1970-01-01 00:00:00.000000');
INSERT INTO maintenance_leases (job, holder, lease_until) VALUES ('audit-log-cleanup', NULL, '1970-01-01 00:00:00.000000');

-- Guest audits are those without an owner; retention scans them by their last change.
CREATE INDEX idx_audits_owner_updated ON audits (owner_id, updated_at);
