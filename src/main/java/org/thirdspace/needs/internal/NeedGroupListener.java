package org.thirdspace.needs.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.groups.GroupChanged;
import org.thirdspace.needs.NeedService;

/** Keeps {@code need.group_private} in step with the group's visibility. */
@Component
class NeedGroupListener {

    private final NeedService needs;

    NeedGroupListener(NeedService needs) {
        this.needs = needs;
    }

    @ApplicationModuleListener
    void on(GroupChanged event) {
        needs.refreshGroupVisibility(event.groupId());
    }
}
