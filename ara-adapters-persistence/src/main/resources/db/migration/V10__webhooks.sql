-- Webhook endpoints registered by admins (issue 18, docs/adr/0023-webhook-delivery.md). The signing secrets are
-- sealed like personal data (AES-256-GCM envelopes under the data key ring, resealed with it); the previous secret
-- still signs until previous_until after a rotation. Same dialect rules as V1 (MySQL 8, MariaDB 10.11+, H2 in MySQL
-- mode).

CREATE TABLE webhook_endpoints (
    id                     CHAR(36)      NOT NULL,
    url                    VARCHAR(2000) NOT NULL,
    -- The event type codes it wants, comma-separated (audit.submitted,report.ready).
    event_types            VARCHAR(400)  NOT NULL,
    -- 500 characters; 1000 because H2 counts UTF-16 units.
    description            VARCHAR(1000) NOT NULL,
    secret_sealed          VARCHAR(1000) NOT NULL,
    previous_secret_sealed VARCHAR(1000) NULL,
    previous_until         DATETIME(6)   NULL,
    -- 1 when enabled; a disabled endpoint has a reason.
    enabled                INT           NOT NULL,
    disabled_reason        VARCHAR(400)  NULL,
    -- When the current run of failed deliveries began; NULL after a success. Three days of it disable the endpoint.
    failing_since          DATETIME(6)   NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_webhook_endpoints_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- An endpoint's deliveries are the attempts of its channel (webhook:<id>), newest first.
CREATE INDEX idx_delivery_attempts_channel ON delivery_attempts (channel, id);
