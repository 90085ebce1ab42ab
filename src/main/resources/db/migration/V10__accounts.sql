-- Accounts of the security module. Portable DDL: H2 (MySQL mode), MariaDB 10.11, MySQL 8.
CREATE TABLE account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    email            VARCHAR(320) NOT NULL,
    email_key        VARCHAR(320) NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    email_verified   BOOLEAN      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    last_login_at    DATETIME(6)  NULL,
    failed_logins    INT          NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_account_email_key UNIQUE (email_key)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_account_role_role ON account_role (role);
