package org.thirdspace.groups.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.thirdspace.groups.Handover;
import org.thirdspace.groups.HandoverService;
import org.thirdspace.vocabularies.Vocabularies;

/** The current user's open handovers: seats they are leaving, seats they were nominated for, and those of groups they facilitate. */
@Route("handovers")
@PermitAll
@Menu(title = "groups.ui.menu.handovers", order = 44, icon = "vaadin:exchange")
public class MyHandoversView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final HandoverService handovers;
    private final GroupTexts texts;

    public MyHandoversView(HandoverService handovers, Vocabularies vocabularies, Clock clock) {
        this.handovers = handovers;
        this.texts = new GroupTexts(this, vocabularies, clock);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("groups.ui.my-handovers.title")),
                new Paragraph(getTranslation("groups.ui.my-handovers.intro")));
        List<Handover> mine = handovers.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("groups.ui.my-handovers.none")));
        } else {
            add(HandoversTab.table(texts, mine, true));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.ui.my-handovers.title") + " \u2013 ThirdSpace";
    }
}
