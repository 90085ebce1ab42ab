-- Issue 7, point 6: the gap board, moderators' requests for missing evidence that members answer
-- with published case studies. See ADR 13.
CREATE TABLE gap (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    title                VARCHAR(200)  NOT NULL,
    description          LONGTEXT      NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    status_rank          INT           NOT NULL,
    created_by_person_id BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    answer_count         INT           NOT NULL DEFAULT 0,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);
CREATE INDEX ix_gap_board ON gap (status_rank, created_at);

CREATE TABLE gap_facet (
    gap_id BIGINT      NOT NULL,
    facet  VARCHAR(20) NOT NULL,
    code   VARCHAR(80) NOT NULL,
    PRIMARY KEY (gap_id, facet, code),
    CONSTRAINT fk_gap_facet_gap FOREIGN KEY (gap_id) REFERENCES gap (id)
);
CREATE INDEX ix_gap_facet ON gap_facet (facet, code);

CREATE TABLE gap_answer (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    gap_id           BIGINT       NOT NULL,
    case_study_id    BIGINT       NOT NULL,
    note             VARCHAR(500),
    author_person_id BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_gap_answer UNIQUE (gap_id, case_study_id),
    CONSTRAINT fk_gap_answer_gap FOREIGN KEY (gap_id) REFERENCES gap (id)
);
