package org.thirdspace.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.internal.Group;
import org.thirdspace.groups.internal.GroupAccess;

/**
 * Who is connected to whom through groups, for matching (issue 9): a handful of set queries, never
 * one per person. Only groups the current user may see count, so a private group the user does
 * not belong to never shows up in (or shapes) what they are told.
 * <ul>
 * <li>The <em>partner groups</em> of an institution are the groups it owns and the groups
 * someone currently belongs to on its behalf; people "already partnered" with it are the current
 * members and current seat holders of those groups.</li>
 * <li>The <em>groups of a person</em> are their current memberships; the people they share a
 * group with are the other current members of those groups.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class GroupConnections {

    private final EntityManager em;
    private final GroupAccess access;

    GroupConnections(EntityManager em, GroupAccess access) {
        this.em = em;
        this.access = access;
    }

    /** Visible groups the institution owns or takes part in (a current member on its behalf), by name. */
    public List<GroupRef> partnerGroups(long institutionId) {
        Set<Long> ids = new LinkedHashSet<>(em.createQuery(
                "select g.id from Group g join g.owners o where o.institutionId = :i", Long.class)
                .setParameter("i", institutionId).getResultList());
        ids.addAll(em.createQuery("select distinct m.groupId from Membership m where m.institutionId = :i"
                + " and m.currentSlot = 1", Long.class).setParameter("i", institutionId).getResultList());
        return visibleRefs(ids);
    }

    /** Visible groups the person currently belongs to, by name. */
    public List<GroupRef> groupsOfPerson(long personId) {
        return visibleRefs(em.createQuery("select m.groupId from Membership m where m.personId = :p"
                + " and m.currentSlot = 1", Long.class).setParameter("p", personId).getResultList());
    }

    /**
     * The current members and current seat holders of the given groups, each with the groups (of
     * those given) they are in: person id to group ids, in the groups' order. Two queries.
     */
    public Map<Long, List<Long>> peopleIn(Collection<Long> groupIds) {
        Map<Long, List<Long>> byPerson = new LinkedHashMap<>();
        if (groupIds.isEmpty()) {
            return byPerson;
        }
        List<Object[]> rows = new ArrayList<>(em.createQuery("select m.groupId, m.personId from Membership m"
                + " where m.groupId in :ids and m.currentSlot = 1", Object[].class)
                .setParameter("ids", groupIds).getResultList());
        rows.addAll(em.createQuery("select s.groupId, a.personId from Assignment a, GroupSeat s"
                + " where s.id = a.seatId and s.groupId in :ids and a.openSlot = 1", Object[].class)
                .setParameter("ids", groupIds).getResultList());
        Map<Long, Integer> order = new HashMap<>();
        int i = 0;
        for (Long id : groupIds) {
            order.putIfAbsent(id, i++);
        }
        for (Object[] row : rows) {
            long group = ((Number) row[0]).longValue();
            long person = ((Number) row[1]).longValue();
            List<Long> groups = byPerson.computeIfAbsent(person, p -> new ArrayList<>());
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        byPerson.values().forEach(list -> list.sort((a, b) -> order.get(a) - order.get(b)));
        return byPerson;
    }

    private List<GroupRef> visibleRefs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Predicate<Group> visible = access.visibleToMe();
        return em.createQuery("select g from Group g where g.id in :ids", Group.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList().stream().filter(visible)
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()))
                .map(g -> new GroupRef(g.id(), g.name(), g.kind(), g.visibility())).toList();
    }
}
