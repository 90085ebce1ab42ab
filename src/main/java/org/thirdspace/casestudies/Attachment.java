package org.thirdspace.casestudies;

import java.time.Instant;

/** A file attached to a case study; {@code contentType} was detected from the content on upload. */
public record Attachment(long id, long caseStudyId, String fileName, String contentType, long sizeBytes,
        String sha256, long uploadedByPersonId, String uploadedByName, Instant uploadedAt) {
}
