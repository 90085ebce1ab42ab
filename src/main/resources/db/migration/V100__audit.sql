-- Issue 7: the audit log of moderation and administration actions. Rows are only ever inserted.
CREATE TABLE audit_entry (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    occurred_at       DATETIME(6)    NOT NULL,
    actor_account_id  BIGINT,
    actor_label       VARCHAR(200)   NOT NULL,
    action            VARCHAR(100)   NOT NULL,
    target_type       VARCHAR(50)    NOT NULL,
    target_id         VARCHAR(100)   NOT NULL,
    summary           VARCHAR(1000),
    before_state      LONGTEXT,
    after_state       LONGTEXT,
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at, id);
CREATE INDEX ix_audit_entry_target ON audit_entry (target_type, target_id);
CREATE INDEX ix_audit_entry_action ON audit_entry (action);
