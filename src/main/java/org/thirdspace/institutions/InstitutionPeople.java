package org.thirdspace.institutions;

import java.util.List;

/**
 * Who is at an institution now, for its page. An SPI: the people feature implements it (as a bean);
 * without an implementation the page simply shows no people.
 */
public interface InstitutionPeople {

    /** One person currently affiliated. */
    record PersonAtInstitution(long personId, String displayName, String jobTitle) {
    }

    /** People currently affiliated with the institution whose profile the viewer may see, at most {@code limit}. */
    List<PersonAtInstitution> currentPeople(long institutionId, int limit);
}
