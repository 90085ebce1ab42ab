package org.thirdspace.security.internal;

import javax.sql.DataSource;

import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.stereotype.Component;

/** Persistent remember-me tokens in table {@code persistent_logins} (created by Flyway, V12). */
@Component
public class RememberMeTokens extends JdbcTokenRepositoryImpl {

    RememberMeTokens(DataSource dataSource) {
        setDataSource(dataSource);
        setCreateTableOnStartup(false);
    }
}
