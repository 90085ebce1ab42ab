package org.thirdspace.groups.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A facet code on a group: an activity type or phase (vocabulary term) or a region code. */
@Embeddable
public class GroupTerm {

    public static final String ACTIVITY = "activity";
    public static final String PHASE = "phase";
    public static final String REGION = "region";

    @Column(name = "vocabulary", nullable = false, length = 30)
    private String vocabulary;

    @Column(name = "code", nullable = false, length = 80)
    private String code;

    protected GroupTerm() {
    }

    GroupTerm(String vocabulary, String code) {
        this.vocabulary = vocabulary;
        this.code = code;
    }

    public String vocabulary() {
        return vocabulary;
    }

    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupTerm t && t.vocabulary.equals(vocabulary) && t.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vocabulary, code);
    }
}
