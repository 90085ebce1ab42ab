-- Introductions: a member asks to be introduced to another; the recipient accepts or declines.
CREATE TABLE introduction (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    requester_person_id BIGINT        NOT NULL,
    recipient_person_id BIGINT        NOT NULL,
    message             VARCHAR(1000) NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    decline_reason      VARCHAR(500),
    created_at          DATETIME(6)   NOT NULL,
    answered_at         DATETIME(6),
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_introduction_requester FOREIGN KEY (requester_person_id) REFERENCES person (id),
    CONSTRAINT fk_introduction_recipient FOREIGN KEY (recipient_person_id) REFERENCES person (id)
);
CREATE INDEX ix_introduction_requester ON introduction (requester_person_id);
CREATE INDEX ix_introduction_recipient ON introduction (recipient_person_id, status);
