package org.thirdspace.people;

/**
 * Published (with the transaction) whenever anything shown in a person's profile changed:
 * the profile itself, an affiliation, visibility. The finder re-indexes the person on it.
 */
public record ProfileChanged(long personId) {
}
