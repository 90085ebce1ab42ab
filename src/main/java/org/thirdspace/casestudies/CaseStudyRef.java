package org.thirdspace.casestudies;

/**
 * A link from a case study to a group, institution or person, with the name to show. Links the
 * viewer may not follow (a private group, a hidden profile) are left out.
 */
public record CaseStudyRef(Kind kind, long id, String name) {

    public enum Kind { GROUP, INSTITUTION, PERSON }
}
