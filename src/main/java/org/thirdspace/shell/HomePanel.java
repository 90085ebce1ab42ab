package org.thirdspace.shell;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Lets a feature put a panel on the home dashboard without the shell depending on it: each role
 * sees what concerns it (a member their groups, watched topics and followed collections, a broker
 * the unanswered needs, a moderator queue sizes and due reviews). Spring beans implementing it are
 * asked once per visit, in {@link #order()}; a new component each time.
 */
public interface HomePanel {

    /** The panel for the current user, or empty when it does not concern them. */
    Optional<Component> homePanel();

    /** Position on the page, lowest first. */
    default int order() {
        return 0;
    }
}
