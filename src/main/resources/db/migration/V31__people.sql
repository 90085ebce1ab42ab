-- People: one portable profile per person, with dated affiliations to institutions.
CREATE TABLE person (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT,
    display_name VARCHAR(120) NOT NULL,
    headline     VARCHAR(200),
    created_at   DATETIME(6) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_person_account UNIQUE (account_id)
);

CREATE TABLE affiliation (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    person_id      BIGINT       NOT NULL,
    institution_id BIGINT       NOT NULL,
    job_title      VARCHAR(150),
    started_on     DATE         NOT NULL,
    ended_on       DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_affiliation_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_affiliation_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_affiliation_person ON affiliation (person_id);
CREATE INDEX ix_affiliation_institution ON affiliation (institution_id);
