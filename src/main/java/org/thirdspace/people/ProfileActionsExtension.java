package org.thirdspace.people;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Lets another feature add a control to the profile page without the people feature depending
 * on it (e.g. moderation's "Flag profile" button). Spring beans implementing it are asked once
 * per profile shown.
 */
public interface ProfileActionsExtension {

    /** A control for the profile the current user is looking at, or empty; {@code reload} shows the page again. */
    Optional<Component> actionFor(Profile profile, Runnable reload);
}
