package org.thirdspace.moderation.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    @Query("select n from Notice n where n.recipientPersonId = :person order by n.createdAt desc, n.id desc")
    List<Notice> findForRecipient(@Param("person") long personId, Pageable pageable);
}
