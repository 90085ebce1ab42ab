package org.thirdspace.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What ThirdSpace is for, open to everyone. */
@Route("about")
@AnonymousAllowed
@Menu(title = "shell.nav.about", order = 1000, icon = "vaadin:info-circle-o")
public class AboutView extends VerticalLayout implements HasDynamicTitle {

    public AboutView() {
        addClassName("ts-about");
        add(new H1(getTranslation("shell.about.heading")));
        add(new Paragraph(getTranslation("shell.about.purpose")));
        add(new H2(getTranslation("shell.about.who")));
        add(new UnorderedList(
                new ListItem(getTranslation("shell.about.who.teachers")),
                new ListItem(getTranslation("shell.about.who.academics")),
                new ListItem(getTranslation("shell.about.who.brokers")),
                new ListItem(getTranslation("shell.about.who.moderators"))));
        add(new H2(getTranslation("shell.about.principles")));
        add(new UnorderedList(
                new ListItem(getTranslation("shell.about.principles.outlive")),
                new ListItem(getTranslation("shell.about.principles.equal")),
                new ListItem(getTranslation("shell.about.principles.share"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.about.title");
    }
}
