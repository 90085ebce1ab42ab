package org.thirdspace.finder;

import org.springframework.stereotype.Component;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.security.CurrentUser;

/** The {@link Viewer} of the current request or UI session. */
@Component
public class Viewers {

    private final CurrentUser currentUser;
    private final PeopleService people;

    Viewers(CurrentUser currentUser, PeopleService people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    public Viewer current() {
        return currentUser.id()
                .map(accountId -> Viewer.member(people.findByAccount(accountId).map(PersonSummary::id).orElse(null)))
                .orElse(Viewer.ANONYMOUS);
    }
}
