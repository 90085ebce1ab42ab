package org.thirdspace.curation.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.thirdspace.curation.CollectionItem;
import org.thirdspace.curation.CollectionSummary;
import org.thirdspace.curation.CurationService;
import org.thirdspace.curation.HomeCollections;
import org.thirdspace.shell.HomePanel;

/** Home: followed collections with their latest items; a few to discover for members who follow none. */
@org.springframework.stereotype.Component
class FollowedCollectionsPanel implements HomePanel {

    private final CurationService curation;

    FollowedCollectionsPanel(CurationService curation) {
        this.curation = curation;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> homePanel() {
        HomeCollections home = curation.home();
        Section section = new Section();
        section.setId("home-collections");
        section.addClassName("ts-home-panel");
        if (!home.followed().isEmpty()) {
            section.add(new H2(t("curation.home.heading")));
            for (HomeCollections.Followed f : home.followed()) {
                section.add(new Anchor("collections/" + f.collection().slug(), f.collection().title()));
                UnorderedList latest = new UnorderedList();
                for (CollectionItem item : f.latestItems()) {
                    latest.add(new ListItem(new Anchor(item.href(), item.title())));
                }
                section.add(latest);
            }
        } else if (!home.discover().isEmpty()) {
            section.add(new H2(t("curation.home.discover")));
            UnorderedList list = new UnorderedList();
            for (CollectionSummary c : home.discover()) {
                list.add(new ListItem(new Anchor("collections/" + c.slug(), c.title())));
            }
            section.add(list);
        }
        section.add(new Anchor("collections", t("curation.home.all")));
        return Optional.of(section);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
