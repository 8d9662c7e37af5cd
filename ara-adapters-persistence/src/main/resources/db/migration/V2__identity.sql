-- Identity and access: guest audits (reached by a token stored only as its SHA-256), the email a guest gives
-- (sealed with AES-256-GCM, plus a keyed hash for look-ups), the users ARA has seen, and the append-only audit log.
-- Same dialect rules as V1 (MySQL 8, MariaDB 10.11+, H2 in MySQL mode).

ALTER TABLE audits ADD COLUMN guest_token_hash CHAR(64) NULL;
ALTER TABLE audits ADD COLUMN guest_email_sealed VARCHAR(1024) NULL;
ALTER TABLE audits ADD COLUMN guest_email_hash VARCHAR(64) NULL;
CREATE UNIQUE INDEX idx_audits_guest_token ON audits (guest_token_hash);
CREATE INDEX idx_audits_guest_email ON audits (guest_email_hash);

CREATE TABLE users (
    id           CHAR(36)       NOT NULL,
    -- The identity provider's subject, byte for byte (no collation may merge two subjects).
    subject      VARBINARY(1020) NOT NULL,
    email_sealed VARCHAR(1024)  NULL,
    email_hash   VARCHAR(64)    NULL,
    created_at   DATETIME(6)    NOT NULL,
    last_seen_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_users_subject (subject),
    KEY idx_users_email (email_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_log (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    at         DATETIME(6)   NOT NULL,
    actor      VARCHAR(300)  NOT NULL,
    action     VARCHAR(64)   NOT NULL,
    target     VARCHAR(100)  NULL,
    outcome    VARCHAR(64)   NOT NULL,
    request_id VARCHAR(64)   NULL,
    client_ip  VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    KEY idx_audit_log_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
