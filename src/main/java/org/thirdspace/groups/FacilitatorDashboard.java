package org.thirdspace.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.groups.internal.GroupAccess;
import org.thirdspace.groups.internal.GroupJoinRepository;
import org.thirdspace.groups.internal.GroupRepository;
import org.thirdspace.groups.internal.GroupWarnings;
import org.thirdspace.groups.internal.Membership;
import org.thirdspace.groups.internal.MembershipRepository;

/** What needs attention in the groups the current user facilitates or co-facilitates. */
@Service
@Transactional(readOnly = true)
public class FacilitatorDashboard {

    private final GroupAccess access;
    private final MembershipRepository memberships;
    private final GroupRepository groups;
    private final GroupJoinRepository joins;
    private final GroupWarnings warnings;
    private final GroupService groupService;
    private final HandoverService handovers;

    FacilitatorDashboard(GroupAccess access, MembershipRepository memberships, GroupRepository groups,
            GroupJoinRepository joins, GroupWarnings warnings, GroupService groupService, HandoverService handovers) {
        this.access = access;
        this.memberships = memberships;
        this.groups = groups;
        this.joins = joins;
        this.warnings = warnings;
        this.groupService = groupService;
        this.handovers = handovers;
    }

    /** One entry per group the user manages, groups with the most warnings first. */
    @PreAuthorize("isAuthenticated()")
    public List<DashboardEntry> myGroups() {
        long me = access.requireMe();
        List<Long> managed = memberships.findCurrentOfPerson(me).stream()
                .filter(m -> m.role().manages()).map(Membership::groupId).distinct().toList();
        if (managed.isEmpty()) {
            return List.of();
        }
        Map<Long, GroupSummary> summaries = groupService.summaries(managed).stream()
                .collect(Collectors.toMap(GroupSummary::id, Function.identity()));
        List<DashboardEntry> entries = new ArrayList<>();
        for (long groupId : managed) {
            GroupSummary summary = summaries.get(groupId);
            var group = groups.findById(groupId);
            if (summary == null || group.isEmpty()) {
                continue;
            }
            List<Warning> list = warnings.of(group.get());
            boolean reviewDue = list.stream().anyMatch(w -> w.kind() == Warning.Kind.REVIEW_DUE);
            entries.add(new DashboardEntry(summary, list, (int) joins.countOpenRequests(groupId),
                    handovers.handovers(groupId, false), reviewDue));
        }
        entries.sort(Comparator.comparingInt((DashboardEntry e) -> -e.warnings().size())
                .thenComparing(e -> e.group().name(), String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(entries);
    }
}
