package org.thirdspace.trust;

import org.springframework.stereotype.Service;
import org.thirdspace.security.AccountDirectory;
import org.thirdspace.security.Role;

/**
 * Placeholder until the trust branch lands: moderators and admins are LEADER, everyone else NEW.
 */
@Service
public class TrustService {

    private final AccountDirectory accounts;

    TrustService(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /** The account's current level. Moderators and admins are always LEADER. Unknown account -> NEW. */
    public TrustLevel levelOf(long accountId) {
        if (accounts.hasRole(accountId, Role.MODERATOR) || accounts.hasRole(accountId, Role.ADMIN)) {
            return TrustLevel.LEADER;
        }
        return TrustLevel.NEW;
    }

    /** Whether this account's flags count towards automatic hiding. Moderators/admins are trusted. */
    public boolean isTrustedFlagger(long accountId) {
        return levelOf(accountId).atLeast(TrustLevel.REGULAR);
    }
}
