package org.thirdspace.institutions;

import java.util.List;

/**
 * What merging a duplicate into a survivor moves (shown before, and returned after, a merge).
 *
 * @param aliasesAdded names that become aliases of the survivor (the duplicate's name and aliases)
 * @param childrenMoved institutions whose parent becomes the survivor
 * @param tombstonesRedirected earlier merged duplicates that now point at the survivor
 */
public record MergePlan(InstitutionSummary survivor, InstitutionSummary duplicate, List<String> aliasesAdded,
        List<InstitutionSummary> childrenMoved, int tombstonesRedirected) {

    public MergePlan {
        aliasesAdded = List.copyOf(aliasesAdded);
        childrenMoved = List.copyOf(childrenMoved);
    }
}
