package org.thirdspace.everywhere.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.thirdspace.shell.HeaderExtension;

/** Puts the search-everywhere box into the shell's header, for visitors and members alike, first of the header controls. */
@org.springframework.stereotype.Component
class GlobalSearchExtension implements HeaderExtension {

    @Override
    public Optional<Component> headerComponent() {
        return Optional.of(new GlobalSearchBox());
    }

    @Override
    public int order() {
        return -100;
    }
}
