package org.thirdspace.groups;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What needs attention in the groups the current user facilitates or co-facilitates. */
@Service
@Transactional(readOnly = true)
public class FacilitatorDashboard {

    /** One entry per group the user manages, groups with the most warnings first. */
    @PreAuthorize("isAuthenticated()")
    public List<DashboardEntry> myGroups() {
        throw new UnsupportedOperationException("dashboard: myGroups");
    }
}
