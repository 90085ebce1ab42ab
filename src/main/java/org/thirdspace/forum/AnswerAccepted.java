package org.thirdspace.forum;

/** A reply was marked as the accepted answer of a question. */
public record AnswerAccepted(long topicId, long postId, long answerAuthorPersonId, long questionAuthorPersonId,
        long byPersonId) {
}
