-- Reports (durable render jobs and the documents they produced) and the upload links ARA issued (report logos).
-- Same dialect rules as V1 (MySQL 8, MariaDB 10.11+, H2 in MySQL mode); see docs/adr/0011-report-pipeline.md.

CREATE TABLE reports (
    id                 CHAR(36)      NOT NULL,
    audit_id           CHAR(36)      NOT NULL,
    template           VARCHAR(20)   NOT NULL,
    -- The customisation asked for: 200 code points at most (400 because H2 counts UTF-16 units), #RRGGBB, an
    -- upload's key.
    organization_name  VARCHAR(400)  NULL,
    brand_colour       CHAR(7)       NULL,
    logo_key           VARCHAR(1024) NULL,
    -- SHA-256 of template and customisation. active_fingerprint repeats it while the job is active (queued,
    -- rendering, stored) and is NULL afterwards: the unique key then admits one active job per audit and content,
    -- across every instance, while any number of finished ones may share a fingerprint (NULLs never collide).
    fingerprint        CHAR(64)      NOT NULL,
    active_fingerprint CHAR(64)      NULL,
    status             VARCHAR(20)   NOT NULL,
    attempts           INT           NOT NULL,
    last_error         VARCHAR(1000) NULL,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    next_attempt_at    DATETIME(6)   NULL,
    claimed_by         VARCHAR(200)  NULL,
    lease_until        DATETIME(6)   NULL,
    -- When a worker may claim the job (the next attempt of a queued job, the lease end of a leased one); NULL once
    -- finished. The claim query reads only this index: WHERE due_at <= now ORDER BY due_at LIMIT 1 FOR UPDATE SKIP
    -- LOCKED.
    due_at             DATETIME(6)   NULL,
    storage_key        VARCHAR(255)  NULL,
    object_size        BIGINT        NULL,
    object_sha256      CHAR(64)      NULL,
    content_type       VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    KEY idx_reports_audit_created (audit_id, created_at),
    UNIQUE KEY uq_reports_active (audit_id, active_fingerprint),
    KEY idx_reports_due (due_at),
    CONSTRAINT fk_reports_audit FOREIGN KEY (audit_id) REFERENCES audits (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE uploads (
    object_key   VARCHAR(255) NOT NULL,
    audit_id     CHAR(36)     NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    issued_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (object_key),
    KEY idx_uploads_audit (audit_id),
    CONSTRAINT fk_uploads_audit FOREIGN KEY (audit_id) REFERENCES audits (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
