-- Notification email (issue 8, ADR 14): an outbox of rendered mails sent by a retrying sender,
-- the notifications waiting for their account's digest, and the unsubscribe-link secret.
-- Portable DDL: H2 (MySQL mode), MariaDB 10.11, MySQL 8.
CREATE TABLE notification_mail (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    -- IMMEDIATE: the notification it tells about (never queued twice); NULL for a digest
    notification_id BIGINT        NULL,
    -- DIGEST: account and period (e.g. "42:D2026-12-07"): one digest per account and period; NULL otherwise
    digest_key      VARCHAR(80)   NULL,
    subject         VARCHAR(300)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    -- the one-click unsubscribe URL of the List-Unsubscribe header
    unsubscribe_url VARCHAR(1000) NULL,
    -- PENDING, SENDING (claimed by a sender), SENT, FAILED (gave up), SKIPPED (account gone or disabled)
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_at      DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    CONSTRAINT fk_notification_mail_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_notification_mail_notification UNIQUE (notification_id),
    CONSTRAINT uk_notification_mail_digest UNIQUE (digest_key)
);
CREATE INDEX ix_notification_mail_due ON notification_mail (status, next_attempt_at);

-- Notifications delivered as DIGEST, until the account's next digest mail takes them.
CREATE TABLE notification_digest_item (
    notification_id BIGINT      NOT NULL PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    digested_at     DATETIME(6) NULL,
    mail_id         BIGINT      NULL,
    CONSTRAINT fk_notification_digest_item_notification FOREIGN KEY (notification_id) REFERENCES notification (id),
    CONSTRAINT fk_notification_digest_item_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_notification_digest_item_pending ON notification_digest_item (account_id, digested_at);

-- The secret that signs unsubscribe links when thirdspace.notifications.unsubscribe-secret is not
-- set: created once by the first instance that needs it, so all instances agree.
CREATE TABLE notification_mail_secret (
    id     INT          NOT NULL PRIMARY KEY,
    secret VARCHAR(100) NOT NULL
);
