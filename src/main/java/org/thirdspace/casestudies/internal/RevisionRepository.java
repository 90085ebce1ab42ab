package org.thirdspace.casestudies.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    Optional<Revision> findByCaseStudyIdAndNumber(long caseStudyId, int number);

    /** Without content: history lists. */
    @Query("select new org.thirdspace.casestudies.internal.RevisionRepository$Line(r.number, r.title, r.authorPersonId, "
            + "r.createdAt, r.editSummary, r.basedOnNumber, r.restoredFromNumber) from Revision r "
            + "where r.caseStudyId = :caseStudyId order by r.number desc")
    List<Line> findLines(long caseStudyId);

    @Query("select distinct r.authorPersonId from Revision r where r.caseStudyId = :caseStudyId")
    List<Long> findAuthorIds(long caseStudyId);

    @Query("select r.title from Revision r where r.caseStudyId = :caseStudyId and r.number = :number")
    Optional<String> findTitle(long caseStudyId, int number);

    /** Ids of case studies whose published revision links to one of the title keys. */
    @Query("select distinct c.id from CaseStudy c, Revision r join r.wikiLinks w where r.caseStudyId = c.id "
            + "and r.number = c.publishedRevisionNo and w in :keys")
    List<Long> findPublishedLinkingTo(Collection<String> keys);

    record Line(int number, String title, long authorPersonId, java.time.Instant createdAt, String editSummary,
            Integer basedOn, Integer restoredFrom) {
    }
}
