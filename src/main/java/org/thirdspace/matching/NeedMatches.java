package org.thirdspace.matching;

import java.util.List;

/**
 * Matches for a need: ranked {@code candidates}, people {@code alreadyPartnered} with the requesting
 * institution (members and seat holders of its groups, and its own staff; ranked the same way,
 * never in {@code candidates}), related published case studies and groups the viewer may see, and
 * the weights used.
 */
public record NeedMatches(long needId, MatchWeights weights, List<MatchCandidate> candidates,
        List<MatchCandidate> alreadyPartnered, List<RelatedCaseStudy> caseStudies, List<RelatedGroup> groups) {

    public record RelatedCaseStudy(long id, String title, String summary) {
    }

    public record RelatedGroup(long id, String name, String kind, int memberCount) {
    }
}
