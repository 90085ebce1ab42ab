-- Profiles: bio, availability, contact preferences, visibility and activity on the person;
-- vocabulary codes and free-text lists in two child tables.
-- Row size (utf8mb4, 4 bytes a character): 120 + 200 + 8000 + 500 characters = 35,280 bytes, under MySQL's 65,535.
ALTER TABLE person ADD COLUMN bio_markdown VARCHAR(8000);
ALTER TABLE person ADD COLUMN visibility VARCHAR(10) NOT NULL DEFAULT 'MEMBERS';
ALTER TABLE person ADD COLUMN open_to_partnerships BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE person ADD COLUMN capacity INT;
ALTER TABLE person ADD COLUMN work_mode VARCHAR(10) NOT NULL DEFAULT 'BOTH';
ALTER TABLE person ADD COLUMN show_email BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE person ADD COLUMN accept_introductions BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE person ADD COLUMN contact_note VARCHAR(500);
ALTER TABLE person ADD COLUMN updated_at DATETIME(6);
ALTER TABLE person ADD COLUMN last_active_at DATETIME(6);
CREATE INDEX ix_person_visibility ON person (visibility);

-- codes of vocabulary terms: roles, activity types, subjects, phases
CREATE TABLE person_term (
    person_id  BIGINT      NOT NULL,
    vocabulary VARCHAR(30) NOT NULL,
    code       VARCHAR(80) NOT NULL,
    PRIMARY KEY (person_id, vocabulary, code),
    CONSTRAINT fk_person_term_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- ordered free-text items: topics, credentials, languages
CREATE TABLE person_item (
    person_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    item      VARCHAR(150) NOT NULL,
    PRIMARY KEY (person_id, position),
    CONSTRAINT fk_person_item_person FOREIGN KEY (person_id) REFERENCES person (id)
);
