package org.thirdspace.forum;

/**
 * An edit of a post. {@code basedOnRevision} (optional): the revision count the editor started
 * from; if the post was edited since, the edit is refused as a CONFLICT. {@code reason}: an
 * optional edit note (at most 500 characters), shown in the history.
 */
public record PostEdit(String markdown, Integer basedOnRevision, String reason) {
}
