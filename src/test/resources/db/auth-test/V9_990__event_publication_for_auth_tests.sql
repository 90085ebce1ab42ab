-- TEST ONLY, H2 only: Spring Modulith's event publication table, so the security/mail tests can start before
-- the project's own migration for it exists. IF NOT EXISTS makes it a no-op once that migration has run.
-- Delete this file (and the extra flyway location in AuthIntegrationTest) when the real migration lands.
CREATE TABLE IF NOT EXISTS event_publication (
    id                     UUID                        NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)                NOT NULL,
    event_type             VARCHAR(512)                NOT NULL,
    serialized_event       VARCHAR(4000)               NOT NULL,
    publication_date       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP(6) WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP(6) WITH TIME ZONE
);
