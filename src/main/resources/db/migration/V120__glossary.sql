-- Issue 7, point 7: the glossary of partnership terms kept by moderators. See ADR 13.
CREATE TABLE glossary_term (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    term                  VARCHAR(120)  NOT NULL,
    term_key              VARCHAR(120)  NOT NULL,
    definition            VARCHAR(2000) NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    updated_by_account_id BIGINT,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_glossary_term_key UNIQUE (term_key)
);

-- free-text synonyms, in the moderator's order
CREATE TABLE glossary_synonym (
    term_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    synonym   VARCHAR(120) NOT NULL,
    PRIMARY KEY (term_id, position),
    CONSTRAINT fk_glossary_synonym_term FOREIGN KEY (term_id) REFERENCES glossary_term (id)
);

-- vocabulary terms whose labels and synonyms also name the glossary term
CREATE TABLE glossary_vocabulary_term (
    term_id    BIGINT      NOT NULL,
    vocabulary VARCHAR(40) NOT NULL,
    code       VARCHAR(80) NOT NULL,
    PRIMARY KEY (term_id, vocabulary, code),
    CONSTRAINT fk_glossary_vocab_term FOREIGN KEY (term_id) REFERENCES glossary_term (id)
);
