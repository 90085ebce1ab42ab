package org.thirdspace.people;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person did or does in other features (groups and seats, later case studies), for the
 * "groups and contributions" section of their profile. Implemented by those features; answers
 * only what the current user may see. Texts are already in the current locale.
 */
public interface PersonContributions {

    /**
     * @param label  e.g. "Link teacher — Oak Primary" or "Bath ITE Partnership"
     * @param detail e.g. "Member" or "Seat holder", may be empty
     * @param route  Vaadin route to open, e.g. {@code groups/12}
     * @param endedOn null while it lasts
     */
    record Contribution(String kind, String label, String detail, String route, LocalDate startedOn,
            LocalDate endedOn) {

        public boolean current() {
            return endedOn == null || endedOn.isAfter(LocalDate.now());
        }
    }

    List<Contribution> contributionsOf(long personId);
}
