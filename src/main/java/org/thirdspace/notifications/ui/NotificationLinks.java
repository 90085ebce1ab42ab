package org.thirdspace.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Opens a notification's app-relative link ({@code path?query#fragment}) in the current UI. */
final class NotificationLinks {

    private NotificationLinks() {
    }

    static void open(String link) {
        String target = link == null ? "" : link;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            target = target.substring(0, hash);
        }
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        QueryParameters query = question < 0 ? QueryParameters.empty()
                : QueryParameters.fromString(target.substring(question + 1));
        UI.getCurrent().navigate(path, query);
    }
}
