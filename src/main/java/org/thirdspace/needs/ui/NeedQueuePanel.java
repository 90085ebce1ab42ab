package org.thirdspace.needs.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.needs.NeedQueue;
import org.thirdspace.needs.NeedQueuePage;
import org.thirdspace.needs.QueuedNeed;
import org.thirdspace.shell.HomePanel;

/** Home (brokers): the longest-waiting unanswered needs and how many are overdue. */
@org.springframework.stereotype.Component
class NeedQueuePanel implements HomePanel {

    static final int SHOWN = 5;

    private final NeedQueue queue;
    private final AuthenticationContext authentication;

    NeedQueuePanel(NeedQueue queue, AuthenticationContext authentication) {
        this.queue = queue;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<Component> homePanel() {
        if (!authentication.hasRole("BROKER")) {
            return Optional.empty();
        }
        NeedQueuePage page = queue.unanswered(0, SHOWN);
        Section section = new Section();
        section.setId("home-need-queue");
        section.addClassName("ts-home-panel");
        section.add(new H2(t("needs.home.heading")));
        section.add(new Paragraph(t("needs.queue.summary", page.total(), page.overdue(), page.alertAfterDays())));
        if (!page.items().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (QueuedNeed q : page.items()) {
                String text = t(q.overdue() ? "needs.home.item.overdue" : "needs.home.item", q.need().title(),
                        t("needs.home.days", q.daysWaiting()));
                list.add(new ListItem(new Anchor("needs/" + q.need().id(), text)));
            }
            section.add(list);
        }
        section.add(new Anchor("needs/queue", t("needs.home.all")));
        return Optional.of(section);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
