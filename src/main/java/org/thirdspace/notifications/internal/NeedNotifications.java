package org.thirdspace.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedService;
import org.thirdspace.needs.NeedStatus;
import org.thirdspace.needs.NeedUnanswered;
import org.thirdspace.notifications.internal.Recipients.Told;
import org.thirdspace.security.AccountDirectory;
import org.thirdspace.security.Role;

/**
 * Needs-board events to notifications: a need unanswered for too long alerts every broker, unless
 * it has been answered, claimed or closed by the time the alert is delivered.
 */
@Component
class NeedNotifications {

    private final Recipients recipients;
    private final NeedService needs;
    private final AccountDirectory accounts;

    NeedNotifications(Recipients recipients, NeedService needs, AccountDirectory accounts) {
        this.recipients = recipients;
        this.needs = needs;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(NeedUnanswered unanswered) {
        for (long account : accounts.idsWithRole(Role.BROKER)) {
            recipients.tell(account, org.thirdspace.notifications.NotificationKind.NEED_UNANSWERED, null,
                    "need-unanswered:" + unanswered.needId() + ":" + unanswered.waitingSince().toEpochMilli(), () -> {
                        NeedDetails need = needs.require(unanswered.needId());
                        if (need.status() != NeedStatus.OPEN) {
                            throw new Recipients.NotForThem();
                        }
                        return new Told("needs/" + need.id(), need.title(), String.valueOf(unanswered.daysWaiting()));
                    });
        }
    }
}
