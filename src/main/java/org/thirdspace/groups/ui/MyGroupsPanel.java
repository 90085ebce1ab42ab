package org.thirdspace.groups.ui;

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

import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.shell.HomePanel;

/** Home: the member's current groups. */
@org.springframework.stereotype.Component
class MyGroupsPanel implements HomePanel {

    static final int SHOWN = 8;

    private final GroupService groups;
    private final AuthenticationContext authentication;

    MyGroupsPanel(GroupService groups, AuthenticationContext authentication) {
        this.groups = groups;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> homePanel() {
        if (!authentication.isAuthenticated()) {
            return Optional.empty();
        }
        List<GroupSummary> mine = groups.myGroups();
        Section section = new Section();
        section.setId("home-groups");
        section.addClassName("ts-home-panel");
        section.add(new H2(t("groups.home.heading")));
        if (mine.isEmpty()) {
            section.add(new Paragraph(t("groups.home.none")));
        } else {
            UnorderedList list = new UnorderedList();
            mine.stream().limit(SHOWN).forEach(g -> list.add(new ListItem(new Anchor("groups/" + g.id(),
                    t("groups.home.item", g.name(), g.memberCount())))));
            section.add(list);
        }
        section.add(new Anchor("groups", t("groups.home.all")));
        return Optional.of(section);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
