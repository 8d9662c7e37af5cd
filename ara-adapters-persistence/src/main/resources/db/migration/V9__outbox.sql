-- The transactional outbox (docs/adr/0021-transactional-outbox.md): an event row is written in the same transaction
-- as the audit or report change it reports, so it exists if and only if that change committed. Dispatchers claim
-- due rows with SELECT … FOR UPDATE SKIP LOCKED (as report jobs are claimed) and record every attempt per channel.
-- No foreign key to audits: an event outlives the audit it reports (guest audits are deleted; events stay 30 days).
-- Same dialect rules as V1 (MySQL 8, MariaDB 10.11+, H2 in MySQL mode).

CREATE TABLE outbox_events (
    id                    CHAR(36)      NOT NULL,
    type                  VARCHAR(40)   NOT NULL,
    occurred_at           DATETIME(6)   NOT NULL,
    -- The payload: ids, the status after the change, the questionnaire, total and level once scored. Never an
    -- email address or an answer.
    audit_id              CHAR(36)      NOT NULL,
    report_id             CHAR(36)      NULL,
    subject_status        VARCHAR(20)   NOT NULL,
    questionnaire_id      VARCHAR(64)   NULL,
    questionnaire_version INT           NULL,
    total                 INT           NULL,
    level                 VARCHAR(40)   NULL,
    -- Delivery: pending, delivered or gave_up; attempts counts the claims.
    delivery              VARCHAR(20)   NOT NULL,
    attempts              INT           NOT NULL,
    -- When a dispatcher may claim the event (the next attempt, or the lease end while one holds it); NULL once
    -- finished. The claim reads only this index, then locks each candidate by primary key with SKIP LOCKED.
    due_at                DATETIME(6)   NULL,
    holder                VARCHAR(200)  NULL,
    lease_until           DATETIME(6)   NULL,
    -- 1000 characters; 2000 because H2 counts UTF-16 units.
    last_error            VARCHAR(2000) NULL,
    finished_at           DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY idx_outbox_events_due (due_at),
    KEY idx_outbox_events_pending (delivery, occurred_at),
    KEY idx_outbox_events_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every attempt to hand an event to a channel (mail, webhook, …). A channel that has a delivered attempt is not
-- sent the event again; a later subscriber with several targets names each as its own channel.
CREATE TABLE delivery_attempts (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    event_id     CHAR(36)      NOT NULL,
    channel      VARCHAR(100)  NOT NULL,
    attempt      INT           NOT NULL,
    attempted_at DATETIME(6)   NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    error        VARCHAR(2000) NULL,
    duration_us  BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY idx_delivery_attempts_event (event_id, id),
    CONSTRAINT fk_delivery_attempts_event FOREIGN KEY (event_id) REFERENCES outbox_events (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
