package org.thirdspace.institutions;

/**
 * An institution change that breaks a rule. {@link #messageKey()} names the explanation in
 * {@code i18n/institutions.properties}; {@link #field()} the offending field (or null).
 */
public class InstitutionException extends RuntimeException {

    /** For API status codes: 400, 404, 409. */
    public enum Reason { INVALID, NOT_FOUND, CONFLICT }

    private final Reason reason;
    private final String field;
    private final String messageKey;

    public InstitutionException(Reason reason, String field, String messageKey) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.reason = reason;
        this.field = field;
        this.messageKey = messageKey;
    }

    public static InstitutionException invalid(String field, String messageKey) {
        return new InstitutionException(Reason.INVALID, field, messageKey);
    }

    public static InstitutionException notFound() {
        return new InstitutionException(Reason.NOT_FOUND, null, "institutions.error.not-found");
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
