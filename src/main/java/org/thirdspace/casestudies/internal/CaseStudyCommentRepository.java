package org.thirdspace.casestudies.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseStudyCommentRepository extends JpaRepository<CaseStudyComment, Long> {

    List<CaseStudyComment> findByCaseStudyIdOrderByCreatedAtAscIdAsc(long caseStudyId);
}
