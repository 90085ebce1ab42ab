-- Spring Modulith's event publication registry (JPA): every event handed to a listener is
-- recorded here in the same transaction that published it, and marked complete when the
-- listener succeeded. Incomplete ones are resubmitted, so a failing listener loses nothing.
CREATE TABLE event_publication (
    id                     BINARY(16)    NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(8000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6),
    last_resubmission_date DATETIME(6),
    completion_attempts    INT           NOT NULL DEFAULT 0,
    status                 ENUM ('PUBLISHED', 'PROCESSING', 'COMPLETED', 'FAILED', 'RESUBMITTED'),
    PRIMARY KEY (id)
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
CREATE INDEX ix_event_publication_status ON event_publication (status);
