package org.thirdspace.vocabularies;

/**
 * The controlled vocabularies of the domain (see docs/adr/0005). Codes of terms are stable and
 * stored by other features; labels come from the message bundles ({@code vocab.<code>.<term>})
 * for built-in terms and from the database for terms moderators add.
 */
public enum Vocabulary {
    ACTIVITY_TYPE("activity", true),
    SECTOR("sector", false),
    PHASE("phase", true),
    SUBJECT("subject", true),
    REGION("region", false),
    ROLE("role", true),
    PARTNERSHIP_MODEL("partnership-model", false),
    CORE_COMPONENT("core-component", false),
    STAGE("stage", false),
    EVIDENCE_STRENGTH("evidence-strength", false),
    EVIDENCE_TYPE("evidence-type", true);

    private final String code;
    private final boolean editable;

    Vocabulary(String code, boolean editable) {
        this.code = code;
        this.editable = editable;
    }

    /** Stable code used in URLs, the API and message keys. */
    public String code() {
        return code;
    }

    /** Whether moderators may add, retire and map terms (the others are structural). */
    public boolean editable() {
        return editable;
    }

    public static Vocabulary fromCode(String code) {
        for (Vocabulary v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown vocabulary: " + code);
    }
}
