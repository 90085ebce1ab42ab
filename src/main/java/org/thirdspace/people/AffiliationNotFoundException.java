package org.thirdspace.people;

/** No such affiliation for the person. */
public class AffiliationNotFoundException extends RuntimeException {

    public AffiliationNotFoundException(long affiliationId) {
        super("No affiliation " + affiliationId);
    }
}
