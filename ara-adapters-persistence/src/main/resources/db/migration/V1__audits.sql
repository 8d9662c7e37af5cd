-- Audits, their answers and their results. MySQL dialect limited to what MySQL 8, MariaDB 10.11+ and H2 2.x
-- (MODE=MySQL) all accept; see docs/adr/0003-persistence-jdbi-flyway.md. Instants are UTC in DATETIME(6).

CREATE TABLE audits (
    id                    CHAR(36)      NOT NULL,
    questionnaire_id      VARCHAR(64)   NOT NULL,
    questionnaire_version INT           NOT NULL,
    scoring_version       INT           NOT NULL,
    -- 200 code points at most (Audit.ORGANIZATION_NAME_MAX); 400 because H2 counts UTF-16 units.
    organization_name     VARCHAR(400)  NULL,
    -- The owner's UTF-8 bytes: compared exactly, where a _ci or PAD SPACE collation would merge 'Bob', 'bob', 'bob '.
    owner_id              VARBINARY(512) NULL,
    status                VARCHAR(20)   NOT NULL,
    version               BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    submitted_at          DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY idx_audits_owner_created (owner_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_answers (
    audit_id    CHAR(36)    NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    -- One AnswerValue as a JSON document, e.g. {"type":"choices","optionIds":["crm","erp"]}. Text, not JSON: H2
    -- would store a bound string as a JSON string.
    value_json  MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (audit_id, question_id),
    CONSTRAINT fk_audit_answers_audit FOREIGN KEY (audit_id) REFERENCES audits (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_results (
    audit_id      CHAR(36)    NOT NULL,
    -- The whole AuditResult as one JSON document (written once, read whole, never queried into).
    result_json   MEDIUMTEXT  NOT NULL,
    calculated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (audit_id),
    CONSTRAINT fk_audit_results_audit FOREIGN KEY (audit_id) REFERENCES audits (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
