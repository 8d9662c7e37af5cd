-- Unauthenticated rejections are aggregated: one row per client address, minute and kind, with the number of
-- events it stands for (docs/adr/0019). Every row written before counts one event. MySQL, MariaDB and H2 alike.
ALTER TABLE audit_log ADD COLUMN event_count INT NOT NULL DEFAULT 1;
