-- Notifications (issue 8): what happened that concerns an account, and how each account wants
-- each kind delivered. Portable DDL: H2 (MySQL mode), MariaDB 10.11, MySQL 8.
CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    -- the message's arguments (names, titles), separated by U+001F; the text is rendered on reading
    args        VARCHAR(2000) NOT NULL,
    -- which of the kind's messages (e.g. "approved" / "declined"); NULL for the kind's only one
    variant     VARCHAR(20)   NULL,
    link        VARCHAR(500)  NOT NULL,
    -- what caused it (e.g. "post:12"): one notification per account, kind and cause, so a
    -- re-delivered event never notifies twice
    source_key  VARCHAR(120)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_notification_source UNIQUE (account_id, kind, source_key)
);
CREATE INDEX ix_notification_account ON notification (account_id, created_at);
CREATE INDEX ix_notification_unread ON notification (account_id, read_at);

-- A member's choice per kind; kinds without a row use the kind's default.
CREATE TABLE notification_setting (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    delivery   VARCHAR(10) NOT NULL,
    PRIMARY KEY (account_id, kind),
    CONSTRAINT fk_notification_setting_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A member's digest frequency (DAILY when there is no row).
CREATE TABLE notification_digest_setting (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    frequency  VARCHAR(10) NOT NULL,
    CONSTRAINT fk_notification_digest_account FOREIGN KEY (account_id) REFERENCES account (id)
);
