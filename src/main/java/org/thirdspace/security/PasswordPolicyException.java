package org.thirdspace.security;

import java.util.List;

/** The password breaks the password policy; {@link #messageKeys()} explain each broken rule. */
public class PasswordPolicyException extends AccountException {

    private final List<String> messageKeys;

    public PasswordPolicyException(List<String> messageKeys) {
        super(messageKeys.isEmpty() ? "security.password.invalid" : messageKeys.getFirst());
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
