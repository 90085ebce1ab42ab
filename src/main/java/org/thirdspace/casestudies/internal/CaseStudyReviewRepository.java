package org.thirdspace.casestudies.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseStudyReviewRepository extends JpaRepository<CaseStudyReview, Long> {

    List<CaseStudyReview> findByCaseStudyIdOrderByCreatedAtDescIdDesc(long caseStudyId);
}
