package org.thirdspace.trust.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.trust.internal.Visits;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** A signed-in member who opens the app (a new UI) has visited today: days visited for trust levels. */
@Component
class VisitRecorder implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(VisitRecorder.class);

    private final CurrentUser currentUser;
    private final Visits visits;

    VisitRecorder(CurrentUser currentUser, Visits visits) {
        this.currentUser = currentUser;
        this.visits = visits;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            try {
                currentUser.id().ifPresent(visits::visited);
            } catch (RuntimeException e) {
                log.warn("Could not record a visit: {}", e.getMessage());
            }
        });
    }
}
