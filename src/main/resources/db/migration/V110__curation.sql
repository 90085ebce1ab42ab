-- Issue 7 (points 4 and 5): good-practice collections and curation reviews. See ADR 11.
CREATE TABLE curation_curator (
    account_id          BIGINT        NOT NULL,
    display_name        VARCHAR(200)  NOT NULL,
    appointed_by        BIGINT        NOT NULL,
    appointed_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (account_id)
);

CREATE TABLE curation_collection (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    slug                VARCHAR(90)   NOT NULL,
    title               VARCHAR(160)  NOT NULL,
    purpose             VARCHAR(500)  NOT NULL,
    introduction        TEXT          NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    created_by          BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    published_at        DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_curation_collection_slug UNIQUE (slug)
);

CREATE TABLE curation_collection_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    collection_id       BIGINT        NOT NULL,
    position            INT           NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    target_id           BIGINT,
    url                 VARCHAR(2000),
    title               VARCHAR(200)  NOT NULL,
    note                VARCHAR(2000) NOT NULL,
    added_by            BIGINT        NOT NULL,
    added_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_curation_item_collection FOREIGN KEY (collection_id) REFERENCES curation_collection (id)
);
CREATE INDEX ix_curation_item_collection ON curation_collection_item (collection_id, position);

CREATE TABLE curation_follow (
    collection_id       BIGINT        NOT NULL,
    account_id          BIGINT        NOT NULL,
    followed_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (collection_id, account_id),
    CONSTRAINT fk_curation_follow_collection FOREIGN KEY (collection_id) REFERENCES curation_collection (id)
);
CREATE INDEX ix_curation_follow_account ON curation_follow (account_id);

CREATE TABLE curation_review (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    case_study_id       BIGINT        NOT NULL,
    reviewer_account_id BIGINT        NOT NULL,
    reviewer_name       VARCHAR(200)  NOT NULL,
    revision_no         INT           NOT NULL,
    evidence            VARCHAR(8)    NOT NULL,
    usefulness          INT           NOT NULL,
    usefulness_note     VARCHAR(500)  NOT NULL,
    contribution        INT           NOT NULL,
    contribution_note   VARCHAR(500)  NOT NULL,
    rigour              INT           NOT NULL,
    rigour_note         VARCHAR(500)  NOT NULL,
    reviewed_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_curation_review UNIQUE (case_study_id, reviewer_account_id)
);

-- The case-studies module keeps the badge as a flag it indexes (it learns it from an event).
ALTER TABLE case_study ADD COLUMN good_practice BOOLEAN NOT NULL DEFAULT FALSE;
