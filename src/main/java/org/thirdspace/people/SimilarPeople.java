package org.thirdspace.people;

import java.util.List;

/**
 * People similar to a given person, as far as the current user may see them. Implemented by the
 * finder (which owns the search index); the people feature only asks.
 */
public interface SimilarPeople {

    /** A suggestion with a short, human-readable reason. */
    record Suggestion(long personId, String displayName, String headline, String reason) {
    }

    List<Suggestion> similarTo(long personId, int max);
}
