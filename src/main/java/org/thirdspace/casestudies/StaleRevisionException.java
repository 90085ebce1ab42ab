package org.thirdspace.casestudies;

/**
 * A save based on an older revision than the newest one: nothing was saved. The editor shows
 * {@code current} (the other change) next to the author's text so they can merge; the REST API
 * answers 412 with the current ETag.
 */
public class StaleRevisionException extends RuntimeException {

    private final long caseStudyId;
    private final int basedOn;
    private final int current;

    public StaleRevisionException(long caseStudyId, int basedOn, int current) {
        super("Case study " + caseStudyId + " is at revision " + current + ", the save was based on " + basedOn);
        this.caseStudyId = caseStudyId;
        this.basedOn = basedOn;
        this.current = current;
    }

    public long caseStudyId() {
        return caseStudyId;
    }

    public int basedOn() {
        return basedOn;
    }

    public int current() {
        return current;
    }
}
