package org.thirdspace.forum;

/** A discussion, or a question that can have one accepted answer. */
public enum TopicKind {
    DISCUSSION,
    QUESTION
}
