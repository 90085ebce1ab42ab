package org.thirdspace.forum;

import java.util.List;

/** One page of a {@link TopicListQuery}; {@code total} counts all matching topics. */
public record TopicList(long total, List<TopicSummary> items) {
}
