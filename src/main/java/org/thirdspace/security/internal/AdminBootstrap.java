package org.thirdspace.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.security.AccountRegistered;
import org.thirdspace.security.PasswordPolicy;
import org.thirdspace.security.Role;

/** Creates the first administrator from {@code thirdspace.admin.*} when there is no admin yet. */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminProperties properties;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminBootstrap(AdminProperties properties, AccountRepository accounts, PasswordEncoder passwordEncoder,
                   PasswordPolicy passwordPolicy, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createFirstAdmin() {
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        String email = properties.email();
        String password = properties.password();
        if (email == null || email.isBlank() || password == null || password.isBlank()) {
            log.warn("No administrator exists. Set thirdspace.admin.email and thirdspace.admin.password "
                    + "to create one at start.");
            return;
        }
        var existing = accounts.findByEmailKey(Account.key(email));
        if (existing.isPresent()) {
            Account account = existing.get();
            EnumSet<Role> roles = EnumSet.of(Role.ADMIN);
            roles.addAll(account.getRoles());
            account.setRoles(roles);
            account.setEnabled(true);
            account.setEmailVerified(true);
            log.info("Granted ADMIN to the configured administrator account {}", account.getId());
            return;
        }
        if (!passwordPolicy.check(password, email, properties.displayName()).isEmpty()) {
            log.warn("The configured administrator password does not meet the password policy; "
                    + "change it after the first login.");
        }
        Account admin = new Account(email, properties.displayName(), passwordEncoder.encode(password),
                EnumSet.of(Role.ADMIN, Role.MEMBER), Instant.now(clock));
        admin.setEmailVerified(true);
        admin = accounts.save(admin);
        events.publishEvent(new AccountRegistered(admin.getId(), admin.getEmail(), admin.getDisplayName()));
        log.info("Created the first administrator account {} ({})", admin.getId(), admin.getEmail());
    }
}
