package org.thirdspace.groups.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.GroupChanged;
import org.thirdspace.institutions.InstitutionsMerged;

/**
 * When a moderator merges a duplicate institution into a survivor, the groups' references move
 * with it, in the merge's transaction: owners (a group owned by both keeps one), seats,
 * memberships, join requests and handovers. The timeline keeps the duplicate's id: it records
 * what the institution was called then (the duplicate stays as a tombstone).
 */
@Component
class InstitutionMerges {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    InstitutionMerges(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(InstitutionsMerged merged) {
        long survivor = merged.survivorId();
        long duplicate = merged.mergedId();
        Set<Long> affected = new LinkedHashSet<>(jdbc.sql("select group_id from group_institution where institution_id = ?")
                .param(duplicate).query(Long.class).list());
        affected.addAll(jdbc.sql("select group_id from group_seat where institution_id = ?").param(duplicate)
                .query(Long.class).list());
        affected.addAll(jdbc.sql("select group_id from group_membership where institution_id = ?").param(duplicate)
                .query(Long.class).list());
        if (affected.isEmpty() && jdbc.sql("select count(*) from group_join where institution_id = ?").param(duplicate)
                .query(Long.class).single() == 0) {
            return;
        }
        List<Long> both = jdbc.sql("select group_id from group_institution where institution_id = ?").param(survivor)
                .query(Long.class).list().stream().filter(affected::contains).toList();
        for (Long groupId : both) {
            jdbc.sql("delete from group_institution where group_id = ? and institution_id = ?")
                    .params(groupId, duplicate).update();
        }
        for (String table : List.of("group_institution", "group_seat", "group_membership", "group_join", "handover")) {
            jdbc.sql("update " + table + " set institution_id = ? where institution_id = ?")
                    .params(survivor, duplicate).update();
        }
        affected.forEach(id -> events.publishEvent(new GroupChanged(id)));
    }
}
