package org.thirdspace.institutions;

/** Published (with the transaction) when an institution was registered or changed. */
public record InstitutionChanged(long institutionId) {
}
