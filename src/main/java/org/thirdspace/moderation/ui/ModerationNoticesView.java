package org.thirdspace.moderation.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.thirdspace.moderation.ModerationNotice;
import org.thirdspace.moderation.ModerationService;

/** A signed-in member's notices about moderation of their content, newest first. */
@Route("moderation/notices")
@PermitAll
@com.vaadin.flow.router.Menu(title = "moderation.notices.menu", order = 880, icon = "vaadin:bell-o")
public class ModerationNoticesView extends Div implements HasDynamicTitle {

    final Div notices = new Div();

    public ModerationNoticesView(ModerationService moderation) {
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        notices.setId("moderation-notices");
        var list = moderation.myNotices();
        if (list.isEmpty()) {
            notices.add(new Paragraph(getTranslation("moderation.notices.empty")));
        }
        for (ModerationNotice n : list) {
            Article a = new Article();
            a.setId("moderation-notice-" + n.id());
            String key = "moderation.notices.outcome." + n.outcome().name() + (n.automatic() ? ".auto" : "");
            a.add(new Paragraph(times.format(n.createdAt()) + " — " + getTranslation(key)));
            if (n.message() != null) {
                a.add(new Paragraph(getTranslation("moderation.notices.message", n.message())));
            }
            if (n.link() != null) {
                a.add(new Anchor(n.link(), getTranslation("moderation.notices.open")));
            }
            notices.add(a);
        }
        add(new H1(getTranslation("moderation.notices.title")),
                new Paragraph(getTranslation("moderation.notices.intro")), notices);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.notices.title");
    }
}
