package org.thirdspace.shell;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Lets a feature put a control into the shell's header, next to the user menu, without the shell
 * depending on it (e.g. the notifications bell). Spring beans implementing it are asked once per
 * layout, in {@link #order()}; a new component each time, since every browser tab has its own.
 */
public interface HeaderExtension {

    /** The control for the current user, or empty (e.g. for anonymous visitors). */
    Optional<Component> headerComponent();

    /** Position among the header controls, lowest first. */
    default int order() {
        return 0;
    }
}
