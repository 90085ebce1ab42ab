package org.thirdspace.matching;

import org.thirdspace.shared.RuleViolation;

/**
 * A matching request that breaks a rule: INVALID (400; {@code field} names the weight or
 * {@code size}), FORBIDDEN (403: may not see matches or send introductions), CONFLICT (409: the
 * need is closed, or the introduction is refused). Messages are {@code matching.error.*} or, for
 * introductions, {@code introductions.error.*}.
 */
public class MatchingException extends RuleViolation {

    public MatchingException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }
}
