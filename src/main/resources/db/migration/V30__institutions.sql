-- Institutions: schools, colleges, universities, trusts, associations.
CREATE TABLE institution (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    sector     VARCHAR(40)  NOT NULL,
    region     VARCHAR(40)  NOT NULL,
    town       VARCHAR(100),
    postcode   VARCHAR(12),
    latitude   DOUBLE,
    longitude  DOUBLE,
    website    VARCHAR(300),
    parent_id  BIGINT,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_institution_parent FOREIGN KEY (parent_id) REFERENCES institution (id)
);
CREATE INDEX ix_institution_name ON institution (name);
CREATE INDEX ix_institution_sector ON institution (sector);
