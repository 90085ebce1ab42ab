package org.thirdspace.gaps.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GapAnswerRepository extends JpaRepository<GapAnswer, Long> {

    List<GapAnswer> findByGapIdOrderByCreatedAtAscIdAsc(long gapId);

    boolean existsByGapIdAndCaseStudyId(long gapId, long caseStudyId);
}
