package org.thirdspace.people;

/** No such person, or a profile the current user may not see (deliberately the same answer). */
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(long personId) {
        super("No person " + personId);
    }
}
