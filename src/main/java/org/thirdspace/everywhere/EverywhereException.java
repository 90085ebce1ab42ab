package org.thirdspace.everywhere;

import org.thirdspace.shared.RuleViolation;

/**
 * A search everywhere that cannot run: INVALID with {@code field} naming the parameter ({@code q},
 * {@code type}, {@code page}, {@code size}). Messages are {@code everywhere.error.*}.
 */
public class EverywhereException extends RuleViolation {

    public EverywhereException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }

    public static EverywhereException invalid(String field, String messageKey, Object... args) {
        return new EverywhereException(Kind.INVALID, field, messageKey, args);
    }
}
