package org.thirdspace.forum;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Lets another feature add a control to each post of a topic page without the forum depending on
 * it (e.g. moderation's "Flag" button). Spring beans implementing it are asked for every post.
 */
public interface PostActionsExtension {

    /** A control for the post, or empty; {@code reload} refreshes the topic page. */
    Optional<Component> actionFor(Post post, Runnable reload);
}
