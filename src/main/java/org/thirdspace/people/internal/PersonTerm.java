package org.thirdspace.people.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A vocabulary code on a profile (role, activity type, subject, phase). */
@Embeddable
public class PersonTerm {

    @Column(name = "vocabulary", nullable = false, length = 30)
    private String vocabulary;

    @Column(name = "code", nullable = false, length = 80)
    private String code;

    protected PersonTerm() {
    }

    PersonTerm(String vocabulary, String code) {
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
        return o instanceof PersonTerm t && t.vocabulary.equals(vocabulary) && t.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vocabulary, code);
    }
}
