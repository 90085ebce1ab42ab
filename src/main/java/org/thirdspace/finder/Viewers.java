package org.thirdspace.finder;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.security.CurrentUser;

/** The {@link Viewer} of the current request or UI session: anyone authenticated is a member. */
@Component
public class Viewers {

    private final CurrentUser currentUser;
    private final PeopleService people;

    Viewers(CurrentUser currentUser, PeopleService people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    public Viewer current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Viewer.ANONYMOUS;
        }
        Long personId = currentUser.id().flatMap(people::findByAccount).map(PersonSummary::id).orElse(null);
        return Viewer.member(personId);
    }
}
