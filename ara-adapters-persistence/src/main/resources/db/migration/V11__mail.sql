-- The mail channel (issue 18, part 2; docs/adr/0023-resume-links-and-unsubscribe.md). Same dialect rules as V1
-- (MySQL 8, MariaDB 10.11+, H2 in MySQL mode).

-- Resume tokens mailed to guests: several per audit, only the SHA-256 of each kept, valid 30 days. Deleting the
-- audit deletes its tokens (the foreign key); claiming it revokes them (the service deletes them).
CREATE TABLE resume_tokens (
    token_hash CHAR(64)    NOT NULL,
    audit_id   CHAR(36)    NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY idx_resume_tokens_audit (audit_id),
    KEY idx_resume_tokens_expires (expires_at),
    CONSTRAINT fk_resume_tokens_audit FOREIGN KEY (audit_id) REFERENCES audits (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per outbox event the mail channel mailed (it de-duplicates on the event id); kept ARA_MAIL_RETENTION_DAYS.
CREATE TABLE mail_sent (
    event_id CHAR(36)    NOT NULL,
    kind     VARCHAR(40) NOT NULL,
    sent_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (event_id),
    KEY idx_mail_sent_at (sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Recipients who get no mail: a keyed hash (HMAC-SHA256 under a server key) of the normalised address, never the
-- address. Bounces are kept ARA_MAIL_RETENTION_DAYS; unsubscriptions until the key changes.
CREATE TABLE mail_suppressions (
    recipient_key VARCHAR(100) NOT NULL,
    reason        VARCHAR(20)  NOT NULL,
    suppressed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (recipient_key),
    KEY idx_mail_suppressions_at (reason, suppressed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
