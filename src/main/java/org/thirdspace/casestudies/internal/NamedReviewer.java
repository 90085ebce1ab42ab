package org.thirdspace.casestudies.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member a moderator named as reviewer of one case study. */
@Embeddable
public record NamedReviewer(
        @Column(name = "person_id", nullable = false) long personId,
        @Column(name = "named_by_person_id", nullable = false) long namedByPersonId,
        @Column(name = "named_at", nullable = false) Instant namedAt) {
}
