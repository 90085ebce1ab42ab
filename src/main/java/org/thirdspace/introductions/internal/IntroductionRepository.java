package org.thirdspace.introductions.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.thirdspace.introductions.Introduction.Status;

public interface IntroductionRepository extends JpaRepository<IntroductionRequest, Long> {

    boolean existsByRequesterIdAndRecipientIdAndStatus(long requesterId, long recipientId, Status status);

    List<IntroductionRequest> findByRequesterIdOrRecipientIdOrderByCreatedAtDescIdDesc(long requesterId,
            long recipientId);

    List<IntroductionRequest> findByNeedIdOrderByCreatedAtDescIdDesc(long needId);
}
