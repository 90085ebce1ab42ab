package org.thirdspace.forum;

import java.util.List;

/**
 * A whole topic with its past, for {@link ForumImport}: where it lives, kind, title, tags, its
 * posts in number order (the first is the opening post; numbers are 1, 2, 3 ... in list order),
 * the accepted answer of a question ({@code acceptedPostNumber}: a reply that is not removed;
 * null when none) and the moderators' flags.
 */
public record ImportedTopic(
        ForumKey forum,
        TopicKind kind,
        String title,
        List<String> tags,
        List<ImportedPost> posts,
        Integer acceptedPostNumber,
        boolean pinned,
        boolean locked,
        boolean closed) {

    public ImportedTopic {
        tags = tags == null ? List.of() : List.copyOf(tags);
        posts = posts == null ? List.of() : List.copyOf(posts);
    }
}
