package org.thirdspace.casestudies;

import java.time.Instant;

/** A member a moderator named as reviewer of a case study (moderators review every case study anyway). */
public record Reviewer(long personId, String name, long namedByPersonId, Instant namedAt) {
}
