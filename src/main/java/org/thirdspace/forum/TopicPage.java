package org.thirdspace.forum;

import java.util.List;

/**
 * One page of a topic's posts in number order ({@link ForumService#PAGE_SIZE} per page,
 * {@code page} from 1). Removed posts stay in place as "post removed".
 */
public record TopicPage(TopicDetails topic, int page, int pageSize, int pageCount, List<Post> posts) {
}
