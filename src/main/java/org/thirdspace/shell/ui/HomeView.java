package org.thirdspace.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.thirdspace.curation.CollectionItem;
import org.thirdspace.curation.CollectionSummary;
import org.thirdspace.curation.CurationService;
import org.thirdspace.curation.HomeCollections;
import org.thirdspace.security.CurrentUser;

import jakarta.annotation.security.PermitAll;

/** The signed-in member's starting point. Later features add their own panels here. */
@Route("")
@PermitAll
@Menu(title = "shell.nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, CurationService curation) {
        addClassName("ts-home");
        String name = currentUser.displayName().orElse("");
        add(new H1(getTranslation("shell.home.heading", name)));
        add(new Paragraph(getTranslation("shell.home.intro")));
        add(new H2(getTranslation("shell.home.next")));
        add(new UnorderedList(
                new ListItem(new Anchor("people", getTranslation("shell.home.next.find"))),
                new ListItem(new Anchor("profile", getTranslation("shell.home.next.profile"))),
                new ListItem(new Anchor("account", getTranslation("shell.home.next.account"))),
                new ListItem(new Anchor("about", getTranslation("shell.home.next.about")))));
        add(collections(curation.home()));
    }

    /** Followed collections with their latest items; a few to discover for members who follow none. */
    private com.vaadin.flow.component.html.Section collections(HomeCollections home) {
        var section = new com.vaadin.flow.component.html.Section();
        section.setId("home-collections");
        if (!home.followed().isEmpty()) {
            section.add(new H2(getTranslation("curation.home.heading")));
            for (HomeCollections.Followed f : home.followed()) {
                section.add(new Anchor("collections/" + f.collection().slug(), f.collection().title()));
                UnorderedList latest = new UnorderedList();
                for (CollectionItem item : f.latestItems()) {
                    latest.add(new ListItem(new Anchor(item.href(), item.title())));
                }
                section.add(latest);
            }
        } else if (!home.discover().isEmpty()) {
            section.add(new H2(getTranslation("curation.home.discover")));
            UnorderedList list = new UnorderedList();
            for (CollectionSummary c : home.discover()) {
                list.add(new ListItem(new Anchor("collections/" + c.slug(), c.title())));
            }
            section.add(list);
        }
        section.add(new Anchor("collections", getTranslation("curation.home.all")));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.home.title");
    }
}
