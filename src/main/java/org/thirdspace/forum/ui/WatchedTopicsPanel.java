package org.thirdspace.forum.ui;

import java.util.List;
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

import org.thirdspace.forum.ForumWatching;
import org.thirdspace.forum.TopicSummary;
import org.thirdspace.shell.HomePanel;

/** Home: topics the member watches, latest activity first, with their unread posts. */
@org.springframework.stereotype.Component
class WatchedTopicsPanel implements HomePanel {

    static final int SHOWN = 6;

    private final ForumWatching watching;
    private final AuthenticationContext authentication;

    WatchedTopicsPanel(ForumWatching watching, AuthenticationContext authentication) {
        this.watching = watching;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> homePanel() {
        if (!authentication.isAuthenticated()) {
            return Optional.empty();
        }
        List<TopicSummary> topics = watching.watchedTopics(0, SHOWN);
        Section section = new Section();
        section.setId("home-watched-topics");
        section.addClassName("ts-home-panel");
        section.add(new H2(t("forum.home.heading")));
        if (topics.isEmpty()) {
            section.add(new Paragraph(t("forum.home.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (TopicSummary topic : topics) {
                String text = topic.unreadCount() > 0 ? t("forum.home.item.unread", topic.title(), topic.unreadCount())
                        : topic.title();
                list.add(new ListItem(new Anchor("forum/t/" + topic.id(), text)));
            }
            section.add(list);
        }
        section.add(new Anchor("forum", t("forum.home.all")));
        return Optional.of(section);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
