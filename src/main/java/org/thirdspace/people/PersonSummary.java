package org.thirdspace.people;

import java.util.List;

/** A person's public face: who they are and where they work (or worked). */
public record PersonSummary(
        long id,
        Long accountId,
        String displayName,
        String headline,
        List<AffiliationSummary> affiliations) {

    public List<AffiliationSummary> current() {
        return affiliations.stream().filter(AffiliationSummary::isCurrent).toList();
    }

    public List<AffiliationSummary> former() {
        return affiliations.stream().filter(a -> !a.isCurrent()).toList();
    }
}
