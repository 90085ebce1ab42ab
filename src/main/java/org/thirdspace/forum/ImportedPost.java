package org.thirdspace.forum;

import java.time.Instant;
import java.util.List;

/**
 * One post of an {@link ImportedTopic} with its past: {@code markdown} is the text as first
 * written by its author at {@code createdAt}; each {@link Edit} (oldest first) is a later version
 * with its editor, time and optional reason, and the last one is the current text. A removed post
 * keeps its text and has a {@link Removal}. {@code quotedNumber}: the number of an earlier post of
 * the same topic that this one quotes (optional). {@code helpful}: "helpful" reactions, never by
 * the author, one per person.
 */
public record ImportedPost(
        long authorPersonId,
        String markdown,
        Instant createdAt,
        Integer quotedNumber,
        List<Edit> edits,
        Removal removal,
        List<Reaction> helpful) {

    public ImportedPost {
        edits = edits == null ? List.of() : List.copyOf(edits);
        helpful = helpful == null ? List.of() : List.copyOf(helpful);
    }

    public static ImportedPost of(long authorPersonId, String markdown, Instant createdAt) {
        return new ImportedPost(authorPersonId, markdown, createdAt, null, List.of(), null, List.of());
    }

    /** The current text: that of the last edit, or the original. */
    public String currentMarkdown() {
        return edits.isEmpty() ? markdown : edits.getLast().markdown();
    }

    /** A later version of the post. */
    public record Edit(String markdown, long editorPersonId, Instant editedAt, String reason) {
    }

    /** The post was removed (it stays in place as "post removed"). */
    public record Removal(long byPersonId, Instant removedAt, String reason) {
    }

    /** Someone marked the post as helpful. */
    public record Reaction(long personId, Instant createdAt) {
    }
}
