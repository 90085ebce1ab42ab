-- Issue 9, point 1: the needs board. A member posts a need on behalf of one of their institutions
-- or groups; a broker claims it (IN_PROGRESS) and it is closed with an outcome. See ADR 15.
CREATE TABLE need (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    title                 VARCHAR(200)  NOT NULL,
    description           LONGTEXT      NOT NULL,
    for_whom              VARCHAR(200)  NOT NULL,
    institution_id        BIGINT,
    group_id              BIGINT,
    group_private         BOOLEAN       NOT NULL DEFAULT FALSE,
    online_ok             BOOLEAN       NOT NULL DEFAULT FALSE,
    starts_on             DATE,
    ends_on               DATE,
    capacity_needed       INT           NOT NULL,
    status                VARCHAR(12)   NOT NULL,
    status_rank           INT           NOT NULL,
    outcome               VARCHAR(12),
    outcome_note          VARCHAR(1000),
    claimed_by_person_id  BIGINT,
    claimed_at            DATETIME(6),
    closed_at             DATETIME(6),
    last_response_at      DATETIME(6),
    author_person_id      BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);
CREATE INDEX ix_need_board ON need (status_rank, created_at);
CREATE INDEX ix_need_unanswered ON need (status, last_response_at, created_at);
CREATE INDEX ix_need_group ON need (group_id);
CREATE INDEX ix_need_author ON need (author_person_id);

CREATE TABLE need_facet (
    need_id BIGINT      NOT NULL,
    facet   VARCHAR(20) NOT NULL,
    code    VARCHAR(80) NOT NULL,
    PRIMARY KEY (need_id, facet, code),
    CONSTRAINT fk_need_facet_need FOREIGN KEY (need_id) REFERENCES need (id)
);
CREATE INDEX ix_need_facet ON need_facet (facet, code);
