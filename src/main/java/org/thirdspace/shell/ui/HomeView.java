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

import org.thirdspace.security.CurrentUser;

import jakarta.annotation.security.PermitAll;

/** The signed-in member's starting point. Later features add their own panels here. */
@Route("")
@PermitAll
@Menu(title = "shell.nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser) {
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
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.home.title");
    }
}
