package org.thirdspace.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.mail.MailService;
import org.thirdspace.mail.OutgoingMail;
import org.thirdspace.security.internal.Account;
import org.thirdspace.security.internal.AccountMails;
import org.thirdspace.security.internal.AccountRepository;
import org.thirdspace.security.internal.AccountToken;
import org.thirdspace.security.internal.AccountTokenRepository;
import org.thirdspace.security.internal.DisabledAccounts;
import org.thirdspace.security.internal.RememberMeTokens;
import org.thirdspace.security.internal.Tokens;

/** Accounts: sign-up, email verification, password reset, own account, administration. */
@Service
@Transactional
public class AccountService {

    public static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    public static final Duration RESET_VALIDITY = Duration.ofHours(1);
    public static final int MAX_DISPLAY_NAME = 100;

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountMails mails;
    private final MailService mailService;
    private final ApplicationEventPublisher events;
    private final DisabledAccounts disabledAccounts;
    private final RememberMeTokens rememberMeTokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
                   PasswordPolicy passwordPolicy, AccountMails mails, MailService mailService,
                   ApplicationEventPublisher events, DisabledAccounts disabledAccounts,
                   RememberMeTokens rememberMeTokens, CurrentUser currentUser, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.mails = mails;
        this.mailService = mailService;
        this.events = events;
        this.disabledAccounts = disabledAccounts;
        this.rememberMeTokens = rememberMeTokens;
        this.currentUser = currentUser;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Whether the text looks like an email address (one {@code @}, a dot in the domain, no spaces). */
    public static boolean isEmailAddress(String email) {
        return email != null && email.length() <= 320 && EMAIL.matcher(email.trim()).matches();
    }

    // ---------------------------------------------------------------- sign-up and verification (anonymous)

    /**
     * Creates an unverified MEMBER account and mails a verification link.
     *
     * @throws AccountException.EmailTaken when the address is registered already
     * @throws PasswordPolicyException     when the password breaks the policy
     * @throws IllegalArgumentException    for a malformed email or display name
     */
    public AccountSummary register(String email, String displayName, String password) {
        if (!isEmailAddress(email)) {
            throw new IllegalArgumentException("invalid email");
        }
        if (displayName == null || displayName.isBlank() || displayName.trim().length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("invalid display name");
        }
        passwordPolicy.require(password, email, displayName);
        if (accounts.existsByEmailKey(Account.key(email))) {
            throw new AccountException.EmailTaken();
        }
        Account account = new Account(email, displayName, passwordEncoder.encode(password), Set.of(Role.MEMBER),
                now());
        try {
            account = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw new AccountException.EmailTaken();
        }
        events.publishEvent(new AccountRegistered(account.getId(), account.getEmail(), account.getDisplayName()));
        sendVerification(account);
        return account.toSummary();
    }

    /** Mails a new verification link if the address belongs to an unverified account; silent otherwise. */
    public void resendVerification(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmailKey(Account.key(email))
                .filter(a -> !a.isEmailVerified() && a.isEnabled())
                .ifPresent(this::sendVerification);
    }

    /**
     * Marks the email address of the token's account verified. The token is single use.
     *
     * @throws AccountException.InvalidToken when the token is unknown, expired or used
     */
    public AccountSummary verifyEmail(String token) {
        AccountToken t = useToken(token, AccountToken.Purpose.VERIFY_EMAIL);
        Account account = accounts.findById(t.getAccountId()).orElseThrow(AccountException.InvalidToken::new);
        account.setEmailVerified(true);
        return account.toSummary();
    }

    // ---------------------------------------------------------------- password reset (anonymous)

    /** Mails a reset link if an enabled account has this address. Same outcome either way for the caller. */
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmailKey(Account.key(email)).filter(Account::isEnabled).ifPresent(account -> {
            Instant now = now();
            tokens.invalidateAll(account.getId(), AccountToken.Purpose.RESET_PASSWORD, now);
            String token = newToken(account, AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY);
            send(mails.passwordReset(account.getEmail(), account.getDisplayName(), token));
        });
    }

    /** Whether a reset token can still be used (for showing the form or an error). */
    @Transactional(readOnly = true)
    public boolean isResetTokenValid(String token) {
        return token != null && !token.isBlank() && tokens.findByTokenHash(Tokens.sha256(token))
                .filter(t -> t.isUsable(AccountToken.Purpose.RESET_PASSWORD, now())).isPresent();
    }

    /**
     * Sets a new password with a reset token (single use). Also verifies the address (the mail arrived) and
     * signs out remembered logins.
     *
     * @throws AccountException.InvalidToken when the token is unknown, expired or used
     * @throws PasswordPolicyException       when the password breaks the policy
     */
    public void resetPassword(String token, String newPassword) {
        AccountToken t = tokens.findByTokenHash(Tokens.sha256(token == null ? "" : token))
                .filter(x -> x.isUsable(AccountToken.Purpose.RESET_PASSWORD, now()))
                .orElseThrow(AccountException.InvalidToken::new);
        Account account = accounts.findById(t.getAccountId()).orElseThrow(AccountException.InvalidToken::new);
        // check the policy before the token is used up, so a refused password can be corrected
        passwordPolicy.require(newPassword, account.getEmail(), account.getDisplayName());
        useToken(token, AccountToken.Purpose.RESET_PASSWORD);
        tokens.invalidateAll(account.getId(), AccountToken.Purpose.RESET_PASSWORD, now());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setEmailVerified(true);
        rememberMeTokens.removeUserTokens(account.getEmail());
    }

    // ---------------------------------------------------------------- own account

    @PreAuthorize("isAuthenticated()")
    public AccountSummary changeDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.trim().length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("invalid display name");
        }
        Account account = currentAccount();
        account.setDisplayName(displayName);
        return account.toSummary();
    }

    /**
     * @throws AccountException        with key {@code security.account.wrong-password} when the current
     *                                 password is wrong
     * @throws PasswordPolicyException when the new password breaks the policy
     */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        Account account = currentAccount();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("security.account.wrong-password");
        }
        passwordPolicy.require(newPassword, account.getEmail(), account.getDisplayName());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        rememberMeTokens.removeUserTokens(account.getEmail());
    }

    // ---------------------------------------------------------------- administration

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> find(AccountFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        int page = offset / size;
        List<AccountSummary> result = accounts.findAll(spec(filter),
                        PageRequest.of(page, size, Sort.by("emailKey").and(Sort.by("id"))))
                .map(Account::toSummary).getContent();
        int skip = offset - page * size;
        return skip == 0 ? result : result.subList(Math.min(skip, result.size()), result.size());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AccountFilter filter) {
        return accounts.count(spec(filter));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findById(long id) {
        return accounts.findById(id).map(Account::toSummary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmailKey(Account.key(email)).map(Account::toSummary);
    }

    /**
     * Replaces the roles of an account.
     *
     * @throws AccountException with key {@code security.admin.last-admin} when this would leave no enabled admin
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary setRoles(long accountId, Set<Role> roles) {
        Account account = accounts.findById(accountId).orElseThrow(AccountException.NotFound::new);
        Set<Role> newRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (account.getRoles().contains(Role.ADMIN) && !newRoles.contains(Role.ADMIN) && account.isEnabled()
                && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new AccountException("security.admin.last-admin");
        }
        account.setRoles(newRoles);
        log.info("Roles of account {} set to {}", accountId, newRoles);
        return account.toSummary();
    }

    /**
     * Enables or disables an account. A disabled account cannot log in, its sessions end and its access
     * tokens stop working.
     *
     * @throws AccountException with key {@code security.admin.disable-self} or {@code security.admin.last-admin}
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary setEnabled(long accountId, boolean enabled) {
        Account account = accounts.findById(accountId).orElseThrow(AccountException.NotFound::new);
        if (!enabled && account.isEnabled()) {
            if (currentUser.id().filter(id -> id == accountId).isPresent()) {
                throw new AccountException("security.admin.disable-self");
            }
            if (account.getRoles().contains(Role.ADMIN) && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
                throw new AccountException("security.admin.last-admin");
            }
        }
        account.setEnabled(enabled);
        disabledAccounts.update(accountId, enabled);
        if (!enabled) {
            rememberMeTokens.removeUserTokens(account.getEmail());
            events.publishEvent(new AccountDisabled(accountId));
        }
        log.info("Account {} {}", accountId, enabled ? "enabled" : "disabled");
        return account.toSummary();
    }

    // ---------------------------------------------------------------- helpers

    private Account currentAccount() {
        long id = currentUser.id().orElseThrow(AccountException.NotFound::new);
        return accounts.findById(id).orElseThrow(AccountException.NotFound::new);
    }

    private void sendVerification(Account account) {
        tokens.invalidateAll(account.getId(), AccountToken.Purpose.VERIFY_EMAIL, now());
        String token = newToken(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFICATION_VALIDITY);
        send(mails.verification(account.getEmail(), account.getDisplayName(), token));
    }

    private void send(OutgoingMail mail) {
        try {
            mailService.send(mail);
        } catch (MailException e) {
            // the account stays; the user can ask for the mail again
            log.error("Could not send \"{}\" to an account: {}", mail.subject(), e.getMessage());
        }
    }

    private String newToken(Account account, AccountToken.Purpose purpose, Duration validity) {
        String token = Tokens.newSecret();
        Instant now = now();
        tokens.save(new AccountToken(account.getId(), purpose, Tokens.sha256(token), now, now.plus(validity)));
        return token;
    }

    private AccountToken useToken(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank()) {
            throw new AccountException.InvalidToken();
        }
        Instant now = now();
        AccountToken t = tokens.findByTokenHash(Tokens.sha256(token))
                .filter(x -> x.isUsable(purpose, now))
                .orElseThrow(AccountException.InvalidToken::new);
        if (tokens.markUsed(t.getId(), now) != 1) {
            throw new AccountException.InvalidToken();
        }
        return t;
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** The filter as a query condition; also used by {@link AccountDirectory#search}. */
    static Specification<Account> spec(AccountFilter filter) {
        AccountFilter f = filter == null ? AccountFilter.any() : filter;
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(root.get("emailKey"), like, '\\'),
                        cb.like(cb.lower(root.get("displayName")), like, '\\')));
            }
            if (f.role() != null) {
                Join<Account, Role> roles = root.join("roles");
                where.add(cb.equal(roles, f.role()));
            }
            if (f.enabled() != null) {
                where.add(cb.equal(root.get("enabled"), f.enabled()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
