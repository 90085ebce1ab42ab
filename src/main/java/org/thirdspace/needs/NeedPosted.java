package org.thirdspace.needs;

import java.util.Map;
import java.util.Set;

/** Published in the posting transaction (for indexing, matching and notifications). */
public record NeedPosted(long needId, String title, Map<NeedFacet, Set<String>> facets, Long institutionId,
        Long groupId, long authorPersonId) {
}
