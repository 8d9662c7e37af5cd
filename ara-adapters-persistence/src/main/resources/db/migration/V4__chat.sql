-- The assistant chat: messages of an audit, deleted with it (ON DELETE CASCADE). Content and suggestions are
-- personal data, sealed like other personal data (ADR 0005). The embedding is float32 little-endian in VARBINARY
-- with its model and dimension recorded; similarity is computed in the application (ADR 0013).

CREATE TABLE chat_messages (
    id                  CHAR(36)        NOT NULL,
    audit_id            CHAR(36)        NOT NULL,
    -- Insertion order: ties of created_at are broken by it.
    seq                 BIGINT          NOT NULL AUTO_INCREMENT,
    role                VARCHAR(16)     NOT NULL,
    step_id             VARCHAR(64)     NULL,
    source              VARCHAR(16)     NULL,
    content_sealed      MEDIUMTEXT      NOT NULL,
    suggestions_sealed  MEDIUMTEXT      NULL,
    embedding_model     VARCHAR(100)    NULL,
    embedding_dimension INT             NULL,
    embedding           VARBINARY(16384) NULL,
    created_at          DATETIME(6)     NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_chat_messages_id (id),
    KEY idx_chat_messages_audit_created (audit_id, created_at, seq),
    CONSTRAINT fk_chat_messages_audit FOREIGN KEY (audit_id) REFERENCES audits (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
