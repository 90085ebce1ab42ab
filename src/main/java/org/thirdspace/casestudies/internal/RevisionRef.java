package org.thirdspace.casestudies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.thirdspace.casestudies.CaseStudyRef;

/** A link of a revision to a group, institution or person. */
@Embeddable
public record RevisionRef(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 15) CaseStudyRef.Kind kind,
        @Column(name = "target_id", nullable = false) long targetId) {
}
