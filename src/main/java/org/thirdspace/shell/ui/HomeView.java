package org.thirdspace.shell.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.springframework.beans.factory.ObjectProvider;
import org.thirdspace.security.CurrentUser;
import org.thirdspace.shell.HomePanel;

import jakarta.annotation.security.PermitAll;

/**
 * The signed-in member's dashboard: the panels features contribute for the current user's roles
 * ({@link HomePanel}), then where to go next.
 */
@Route("")
@StyleSheet("styles/home.css")
@PermitAll
@Menu(title = "shell.nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, ObjectProvider<HomePanel> panels) {
        addClassName("ts-home");
        String name = currentUser.displayName().orElse("");
        add(new H1(getTranslation("shell.home.heading", name)));
        add(new Paragraph(getTranslation("shell.home.intro")));
        Div dashboard = new Div();
        dashboard.setId("home-dashboard");
        dashboard.addClassName("ts-home-dashboard");
        List<HomePanel> ordered = panels.orderedStream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
        for (HomePanel panel : ordered) {
            panel.homePanel().ifPresent(dashboard::add);
        }
        add(dashboard);
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
