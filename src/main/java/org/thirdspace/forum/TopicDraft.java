package org.thirdspace.forum;

import java.util.List;

/**
 * A new topic: where, which kind, a title (3 to 200 characters after trimming), the first post
 * in Markdown (1 to {@link ForumService#MAX_POST} characters) and up to
 * {@link ForumService#MAX_TAGS} tags (lower-case letters, digits and hyphens, up to 30
 * characters each; normalised to lower case, duplicates dropped). Checked by the service, which
 * names the field in its {@link ForumException}.
 */
public record TopicDraft(ForumKey forum, TopicKind kind, String title, String markdown, List<String> tags) {

    public TopicDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
