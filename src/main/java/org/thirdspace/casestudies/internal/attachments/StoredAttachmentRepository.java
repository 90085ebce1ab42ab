package org.thirdspace.casestudies.internal.attachments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredAttachmentRepository extends JpaRepository<StoredAttachment, Long> {

    /** The attachments of a case study that were not removed, in upload order. */
    @Query("select a from StoredAttachment a where a.caseStudyId = :caseStudyId and a.removedAt is null "
            + "order by a.uploadedAt, a.id")
    List<StoredAttachment> findCurrent(long caseStudyId);

    @Query("select a from StoredAttachment a where a.id = :id and a.caseStudyId = :caseStudyId "
            + "and a.removedAt is null")
    Optional<StoredAttachment> findCurrent(long caseStudyId, long id);
}
