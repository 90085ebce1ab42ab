package org.thirdspace.needs;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the need page, after the need itself (e.g. suggested people
 * from matching). Implementations are Spring beans; they return null to add nothing. Lets other
 * modules extend the page without the needs board depending on them.
 */
public interface NeedPageSection {

    Component section(NeedDetails need);
}
