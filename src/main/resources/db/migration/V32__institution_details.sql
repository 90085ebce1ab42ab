-- Institutions: other names, phases, merge tombstones.
ALTER TABLE institution ADD COLUMN merged_into BIGINT;
ALTER TABLE institution ADD COLUMN updated_at DATETIME(6);
UPDATE institution SET updated_at = created_at;
ALTER TABLE institution ADD CONSTRAINT fk_institution_merged_into FOREIGN KEY (merged_into) REFERENCES institution (id);
CREATE INDEX ix_institution_merged_into ON institution (merged_into);
CREATE INDEX ix_institution_parent ON institution (parent_id);

-- Other names people use: abbreviations, former names, names of merged duplicates.
CREATE TABLE institution_alias (
    institution_id BIGINT       NOT NULL,
    alias          VARCHAR(200) NOT NULL,
    PRIMARY KEY (institution_id, alias),
    CONSTRAINT fk_institution_alias_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_institution_alias_alias ON institution_alias (alias);

-- Phases (codes of the PHASE vocabulary) an institution teaches.
CREATE TABLE institution_phase (
    institution_id BIGINT      NOT NULL,
    phase          VARCHAR(40) NOT NULL,
    PRIMARY KEY (institution_id, phase),
    CONSTRAINT fk_institution_phase_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
