package org.thirdspace.gaps;

import java.time.Instant;

/** An answer to a gap: the linked case study (its published title) and the answerer's note. */
public record GapAnswerView(long id, long caseStudyId, String caseStudyTitle, String note, long authorPersonId,
        String authorName, Instant createdAt) {
}
