-- Issue 7, point 2: trust levels earned from activity. See ADR 12.
-- One row per account: activity counters, the highest level reached and a moderator's lock.
CREATE TABLE trust_activity (
    account_id               BIGINT        NOT NULL,
    days_visited             INT           NOT NULL DEFAULT 0,
    seconds_read             BIGINT        NOT NULL DEFAULT 0,
    topics_entered           INT           NOT NULL DEFAULT 0,
    posts                    INT           NOT NULL DEFAULT 0,
    answers_accepted         INT           NOT NULL DEFAULT 0,
    case_studies_published   INT           NOT NULL DEFAULT 0,
    reached_level            VARCHAR(10)   NOT NULL DEFAULT 'NEW',
    locked_level             VARCHAR(10),
    lock_reason              VARCHAR(500),
    locked_by_account_id     BIGINT,
    locked_at                DATETIME(6),
    updated_at               DATETIME(6)   NOT NULL,
    PRIMARY KEY (account_id)
);

-- Each counted thing once (idempotent listeners): a day visited (ref 2026-12-07), a topic entered,
-- a post written, an answer accepted, a case study published. Posts also drive the posting rate.
CREATE TABLE trust_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    account_id  BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    ref         VARCHAR(40)   NOT NULL,
    at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_trust_event UNIQUE (account_id, kind, ref)
);
CREATE INDEX ix_trust_event_rate ON trust_event (account_id, kind, at);
