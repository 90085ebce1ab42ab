package org.thirdspace.casestudies;

/** A run of text in a diff: unchanged, inserted or deleted. Plain text: escape it when rendering. */
public record DiffSegment(Op op, String text) {

    public enum Op { EQUAL, INSERT, DELETE }
}
