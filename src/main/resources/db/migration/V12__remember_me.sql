-- Spring Security persistent remember-me tokens (JdbcTokenRepositoryImpl layout, wider username).
CREATE TABLE persistent_logins (
    username  VARCHAR(320) NOT NULL,
    series    VARCHAR(64)  PRIMARY KEY,
    token     VARCHAR(64)  NOT NULL,
    last_used DATETIME(6)  NOT NULL
);
CREATE INDEX ix_persistent_logins_username ON persistent_logins (username);
