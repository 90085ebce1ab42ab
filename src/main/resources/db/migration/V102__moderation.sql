-- Issue 7: flags on content, the moderation state of flagged items, and notices to authors.
CREATE TABLE moderation_flag (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    target_type          VARCHAR(50)   NOT NULL,
    target_id            VARCHAR(100)  NOT NULL,
    flagger_account_id   BIGINT        NOT NULL,
    reason               VARCHAR(30)   NOT NULL,
    details              VARCHAR(1000),
    trusted              BOOLEAN       NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    -- "type:id:account" while the flag is open, NULL once resolved: one open flag per member per item
    open_key             VARCHAR(200),
    resolved_at          DATETIME(6),
    resolved_by_account_id BIGINT,
    resolution           VARCHAR(30),
    PRIMARY KEY (id),
    CONSTRAINT uq_moderation_flag_open UNIQUE (open_key)
);
CREATE INDEX ix_moderation_flag_target ON moderation_flag (target_type, target_id);
CREATE INDEX ix_moderation_flag_open ON moderation_flag (resolved_at, created_at);

CREATE TABLE moderation_item (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    target_type          VARCHAR(50)   NOT NULL,
    target_id            VARCHAR(100)  NOT NULL,
    hidden               BOOLEAN       NOT NULL,
    auto_hidden          BOOLEAN       NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_moderation_item_target UNIQUE (target_type, target_id)
);

CREATE TABLE moderation_notice (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_person_id  BIGINT        NOT NULL,
    target_type          VARCHAR(50)   NOT NULL,
    target_id            VARCHAR(100)  NOT NULL,
    outcome              VARCHAR(30)   NOT NULL,
    automatic            BOOLEAN       NOT NULL DEFAULT FALSE,
    message              VARCHAR(2000),
    created_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_moderation_notice_recipient ON moderation_notice (recipient_person_id, created_at);
