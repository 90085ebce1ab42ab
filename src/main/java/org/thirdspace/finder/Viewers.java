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

    /** The viewer for searches: only whether they are a member (no database access). */
    public Viewer current() {
        return isMember() ? Viewer.member(null) : Viewer.ANONYMOUS;
    }

    /** The viewer with their own person id (for "similar people", which leaves them out). */
    public Viewer currentWithPerson() {
        if (!isMember()) {
            return Viewer.ANONYMOUS;
        }
        return Viewer.member(currentUser.id().flatMap(people::findByAccount).map(PersonSummary::id).orElse(null));
    }

    private static boolean isMember() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
