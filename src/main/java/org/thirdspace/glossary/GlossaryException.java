package org.thirdspace.glossary;

import org.thirdspace.shared.RuleViolation;

/**
 * A glossary request that breaks a rule: INVALID (400, {@code field} names the culprit), NOT_FOUND
 * (404) or CONFLICT (409, a term or synonym another term already has). {@code messageKey} and
 * {@code args} give the message ({@code glossary.error.*}).
 */
public class GlossaryException extends RuleViolation {

    public GlossaryException(Kind kind, String field, String messageKey, Object... args) {
        super(kind, field, messageKey, args);
    }

    static GlossaryException invalid(String field, String messageKey, Object... args) {
        return new GlossaryException(Kind.INVALID, field, messageKey, args);
    }
}
