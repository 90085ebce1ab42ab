package org.thirdspace.moderation.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.thirdspace.moderation.ModerationService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.Profile;
import org.thirdspace.people.ProfileActionsExtension;

/** Adds "Flag profile" to the profile page for signed-in members looking at someone else's profile. */
@org.springframework.stereotype.Component
class FlagProfileAction implements ProfileActionsExtension {

    private final ModerationService moderation;
    private final PeopleService people;

    FlagProfileAction(ModerationService moderation, PeopleService people) {
        this.moderation = moderation;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> actionFor(Profile profile, Runnable reload) {
        Optional<Long> me = people.myPersonId();
        if (me.isEmpty() || me.get() == profile.personId()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        String label = ui == null ? "Flag profile" : ui.getTranslation("moderation.flag.profile.button");
        Button flag = new Button(label, VaadinIcon.FLAG_O.create());
        flag.setId("profile-flag");
        flag.addThemeVariants(ButtonVariant.TERTIARY);
        if (ui != null) {
            flag.setAriaLabel(ui.getTranslation("moderation.flag.profile.button.label", profile.displayName()));
        }
        flag.addClickListener(e -> new FlagDialog(moderation, "profile:" + profile.personId(),
                "moderation.flag.profile.title", reload).open());
        return Optional.of(flag);
    }
}
