package org.thirdspace.casestudies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A facet value of a revision. Vocabularies: {@code activity}, {@code sector}, {@code phase},
 * {@code region}, {@code model} (1-4), {@code evidence-strength}, {@code evidence-type}.
 */
@Embeddable
public record RevisionTerm(
        @Column(name = "vocabulary", nullable = false, length = 30) String vocabulary,
        @Column(name = "code", nullable = false, length = 80) String code) {

    public static final String ACTIVITY = "activity";
    public static final String SECTOR = "sector";
    public static final String PHASE = "phase";
    public static final String REGION = "region";
    public static final String MODEL = "model";
    public static final String EVIDENCE_STRENGTH = "evidence-strength";
    public static final String EVIDENCE_TYPE = "evidence-type";
}
