-- Introductions a broker sends for a need (issue 9): between the need's author and a suggested
-- person, linked to the need and to the broker who sent it. Both NULL for introductions members
-- ask for themselves.
ALTER TABLE introduction ADD COLUMN need_id BIGINT NULL;
ALTER TABLE introduction ADD COLUMN brokered_by_person_id BIGINT NULL;
ALTER TABLE introduction ADD CONSTRAINT fk_introduction_need FOREIGN KEY (need_id) REFERENCES need (id);
ALTER TABLE introduction ADD CONSTRAINT fk_introduction_broker FOREIGN KEY (brokered_by_person_id) REFERENCES person (id);
CREATE INDEX ix_introduction_need ON introduction (need_id, created_at);
