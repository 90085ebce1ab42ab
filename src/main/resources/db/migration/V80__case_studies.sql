-- Case studies (issue 5, ADR 8): immutable revisions, a head (what authors edit) and a published
-- pointer (the stable version everyone else sees), reviews before publish, links, attachments and
-- discussion.
CREATE TABLE case_study (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    title_key             VARCHAR(200)  NOT NULL,
    status                VARCHAR(15)   NOT NULL,
    head_revision_no      INT           NOT NULL,
    published_revision_no INT,
    group_id              BIGINT,
    created_by_person_id  BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    published_at          DATETIME(6),
    review_due_on         DATE,
    reviewed_at           DATETIME(6),
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_case_study_title UNIQUE (title_key),
    CONSTRAINT fk_case_study_group FOREIGN KEY (group_id) REFERENCES community_group (id),
    CONSTRAINT fk_case_study_creator FOREIGN KEY (created_by_person_id) REFERENCES person (id)
);

CREATE TABLE case_study_revision (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    case_study_id        BIGINT        NOT NULL,
    number               INT           NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    summary              VARCHAR(1000),
    voice                VARCHAR(15),
    group_id             BIGINT,
    author_person_id     BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    edit_summary         VARCHAR(300),
    based_on_number      INT,
    restored_from_number INT,
    PRIMARY KEY (id),
    CONSTRAINT uq_revision_number UNIQUE (case_study_id, number),
    CONSTRAINT fk_revision_case_study FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);

CREATE TABLE case_study_field (
    revision_id BIGINT      NOT NULL,
    field       VARCHAR(40) NOT NULL,
    markdown    LONGTEXT    NOT NULL,
    PRIMARY KEY (revision_id, field),
    CONSTRAINT fk_field_revision FOREIGN KEY (revision_id) REFERENCES case_study_revision (id)
);

-- facets of a revision: activity, sector, phase, region, model (1-4), evidence-strength, evidence-type
CREATE TABLE case_study_term (
    revision_id BIGINT      NOT NULL,
    vocabulary  VARCHAR(30) NOT NULL,
    code        VARCHAR(80) NOT NULL,
    PRIMARY KEY (revision_id, vocabulary, code),
    CONSTRAINT fk_term_revision FOREIGN KEY (revision_id) REFERENCES case_study_revision (id)
);

-- links of a revision to groups, institutions and people
CREATE TABLE case_study_ref (
    revision_id BIGINT      NOT NULL,
    kind        VARCHAR(15) NOT NULL,
    target_id   BIGINT      NOT NULL,
    PRIMARY KEY (revision_id, kind, target_id),
    CONSTRAINT fk_ref_revision FOREIGN KEY (revision_id) REFERENCES case_study_revision (id)
);

-- [[Title]] links of a revision (target by normalised title, may not exist yet)
CREATE TABLE case_study_wikilink (
    revision_id BIGINT       NOT NULL,
    target_key  VARCHAR(200) NOT NULL,
    PRIMARY KEY (revision_id, target_key),
    CONSTRAINT fk_wikilink_revision FOREIGN KEY (revision_id) REFERENCES case_study_revision (id)
);
CREATE INDEX ix_wikilink_target ON case_study_wikilink (target_key);

CREATE TABLE case_study_coauthor (
    case_study_id BIGINT NOT NULL,
    person_id     BIGINT NOT NULL,
    PRIMARY KEY (case_study_id, person_id),
    CONSTRAINT fk_coauthor_case_study FOREIGN KEY (case_study_id) REFERENCES case_study (id),
    CONSTRAINT fk_coauthor_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE case_study_reviewer (
    case_study_id      BIGINT      NOT NULL,
    person_id          BIGINT      NOT NULL,
    named_by_person_id BIGINT      NOT NULL,
    named_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (case_study_id, person_id),
    CONSTRAINT fk_reviewer_case_study FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);

CREATE TABLE case_study_review (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_study_id      BIGINT        NOT NULL,
    revision_no        INT           NOT NULL,
    reviewer_person_id BIGINT        NOT NULL,
    decision           VARCHAR(20)   NOT NULL,
    comment            VARCHAR(4000),
    created_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_case_study FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);
CREATE INDEX ix_review_case_study ON case_study_review (case_study_id, created_at);

CREATE TABLE case_study_attachment (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    case_study_id       BIGINT       NOT NULL,
    file_name           VARCHAR(255) NOT NULL,
    content_type        VARCHAR(100) NOT NULL,
    size_bytes          BIGINT       NOT NULL,
    sha256              CHAR(64)     NOT NULL,
    uploaded_by_person_id BIGINT     NOT NULL,
    uploaded_at         DATETIME(6)  NOT NULL,
    storage_key         VARCHAR(64)  NOT NULL,
    removed_at          DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_attachment_storage UNIQUE (storage_key),
    CONSTRAINT fk_attachment_case_study FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);

CREATE TABLE case_study_comment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    case_study_id    BIGINT        NOT NULL,
    author_person_id BIGINT        NOT NULL,
    markdown         VARCHAR(8000) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    edited_at        DATETIME(6),
    deleted_at       DATETIME(6),
    deleted_by_person_id BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_case_study FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);
CREATE INDEX ix_comment_case_study ON case_study_comment (case_study_id, created_at);
CREATE INDEX ix_case_study_status ON case_study (status, updated_at);
CREATE INDEX ix_case_study_due ON case_study (review_due_on);
CREATE INDEX ix_revision_author ON case_study_revision (author_person_id);
