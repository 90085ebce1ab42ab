-- Mails captured instead of sent when no SMTP server is configured (embedded/dev mode).
CREATE TABLE dev_mail (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient   VARCHAR(320) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    text_body   TEXT         NOT NULL,
    html_body   TEXT         NULL,
    created_at  DATETIME(6)  NOT NULL
);
CREATE INDEX ix_dev_mail_created ON dev_mail (created_at);
