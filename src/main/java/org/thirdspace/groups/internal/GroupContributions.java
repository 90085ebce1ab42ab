package org.thirdspace.groups.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.HeldSeat;
import org.thirdspace.groups.SeatService;
import org.thirdspace.people.PersonContributions;

/**
 * A person's groups and seats for their profile: the groups they belong to now, and every seat
 * they hold or held ("Link teacher — Oak Primary, Bath ITE Partnership"), so work done before a
 * move stays attributed to them. Only what the current user may see (the services filter).
 */
@Component
class GroupContributions implements PersonContributions {

    private final GroupService groups;
    private final SeatService seats;
    private final MessageSource messages;

    GroupContributions(GroupService groups, SeatService seats, MessageSource messages) {
        this.groups = groups;
        this.seats = seats;
        this.messages = messages;
    }

    @Override
    public List<Contribution> contributionsOf(long personId) {
        Locale locale = locale();
        List<Contribution> out = new ArrayList<>();
        for (HeldSeat s : seats.seatsOf(personId)) {
            out.add(new Contribution("seat",
                    messages.getMessage("groups.ui.contribution.seat",
                            new Object[] {s.seatTitle(), s.institutionName(), s.groupName()}, locale),
                    messages.getMessage("groups.ui.contribution.seat." + lower(s.kind()), null, locale),
                    "groups/" + s.groupId(), s.startedOn(), s.endedOn()));
        }
        for (GroupRef g : groups.groupsOf(personId)) {
            out.add(new Contribution("group", g.name(),
                    messages.getMessage("groups.kind." + lower(g.kind()), null, locale),
                    "groups/" + g.id(), null, null));
        }
        return out;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The locale of the Vaadin UI asking, else of the request. */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return ui.getLocale();
        }
        return LocaleContextHolder.getLocale();
    }
}
