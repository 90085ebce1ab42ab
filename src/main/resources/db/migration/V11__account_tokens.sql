-- One-time tokens (email verification, password reset). Only a SHA-256 hash is stored.
CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_account_token_account ON account_token (account_id, purpose);

-- Personal access tokens for the API. Only a SHA-256 hash and a short display prefix are stored.
CREATE TABLE personal_access_token (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_prefix  VARCHAR(16)  NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NULL,
    last_used_at  DATETIME(6)  NULL,
    revoked_at    DATETIME(6)  NULL,
    CONSTRAINT uk_pat_hash UNIQUE (token_hash),
    CONSTRAINT fk_pat_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_pat_account ON personal_access_token (account_id);
