package org.thirdspace.casestudies.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.thirdspace.casestudies.CaseStudyStatus;

public interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

    /** The case study, locked for writing until the transaction ends (saves are serialised). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseStudy c where c.id = :id")
    Optional<CaseStudy> findForUpdate(long id);

    Optional<CaseStudy> findByTitleKey(String titleKey);

    List<CaseStudy> findByTitleKeyIn(Collection<String> titleKeys);

    List<CaseStudy> findByStatusOrderByUpdatedAtAsc(CaseStudyStatus status);

    @Query("select c from CaseStudy c where c.publishedRevisionNo is not null and c.reviewDueOn <= :day "
            + "order by c.reviewDueOn")
    List<CaseStudy> findDueForReview(LocalDate day);

    /** Case studies the person created, wrote a revision of, or co-authors, or whose home group is one of theirs. */
    @Query("select distinct c from CaseStudy c where c.createdByPersonId = :person or :person member of c.coAuthors "
            + "or c.id in (select r.caseStudyId from Revision r where r.authorPersonId = :person) "
            + "or c.groupId in :groups order by c.updatedAt desc")
    List<CaseStudy> findWrittenBy(long person, Collection<Long> groups);

    List<CaseStudy> findByGroupId(long groupId);

    /** Published case studies the person wrote a revision of (up to the published one) or co-authors. */
    @Query("select distinct c from CaseStudy c where c.publishedRevisionNo is not null and (:person member of c.coAuthors "
            + "or c.id in (select r.caseStudyId from Revision r where r.authorPersonId = :person "
            + "and r.number <= c.publishedRevisionNo)) order by c.publishedAt desc")
    List<CaseStudy> findPublishedAuthoredBy(long person);

    long countByPublishedRevisionNoIsNotNull();
}
