-- Questionnaire versions published by admins (docs/adr/0014-maintenance.md): one catalog document each
-- (docs/questionnaire-format.md), validated before it is stored; the shipped versions stay on the class path. The
-- primary key makes a version unique across every instance. Same dialect rules as V1.

CREATE TABLE questionnaire_versions (
    questionnaire_id VARCHAR(64)  NOT NULL,
    version          INT          NOT NULL,
    document         MEDIUMTEXT   NOT NULL,
    published_at     DATETIME(6)  NOT NULL,
    published_by     VARCHAR(300) NOT NULL,
    PRIMARY KEY (questionnaire_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
