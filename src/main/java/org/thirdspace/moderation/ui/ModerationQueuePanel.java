package org.thirdspace.moderation.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.moderation.ModerationService;
import org.thirdspace.shell.HomePanel;

/** Home (moderators): how many flagged items wait in the moderation queue. */
@org.springframework.stereotype.Component
class ModerationQueuePanel implements HomePanel {

    private final ModerationService moderation;
    private final AuthenticationContext authentication;

    ModerationQueuePanel(ModerationService moderation, AuthenticationContext authentication) {
        this.moderation = moderation;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public Optional<Component> homePanel() {
        if (!authentication.hasAnyRole("MODERATOR", "ADMIN")) {
            return Optional.empty();
        }
        long flagged = moderation.queue(0, 1).total();
        Section section = new Section();
        section.setId("home-moderation-queue");
        section.addClassName("ts-home-panel");
        section.add(new H2(t("moderation.home.heading")));
        section.add(new Paragraph(t("moderation.home.flagged", flagged)));
        section.add(new Anchor("moderation", t("moderation.home.open")));
        return Optional.of(section);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
