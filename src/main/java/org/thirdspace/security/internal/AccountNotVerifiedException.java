package org.thirdspace.security.internal;

import org.springframework.security.authentication.AccountStatusException;

/** Right password, but the email address has not been verified yet. */
public class AccountNotVerifiedException extends AccountStatusException {

    public AccountNotVerifiedException() {
        super("Email address not verified");
    }
}
