package org.thirdspace.groups.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GroupMeetingRepository extends JpaRepository<GroupMeeting, Long> {

    /** Newest first. */
    @Query("select m from GroupMeeting m where m.groupId = :groupId order by m.heldOn desc, m.id desc")
    List<GroupMeeting> findByGroup(long groupId);
}
