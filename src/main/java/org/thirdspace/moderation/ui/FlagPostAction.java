package org.thirdspace.moderation.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.thirdspace.forum.Post;
import org.thirdspace.forum.PostActionsExtension;
import org.thirdspace.people.PeopleService;

/** Adds "Flag" to each post of a topic page for signed-in members who did not write it. */
@org.springframework.stereotype.Component
class FlagPostAction implements PostActionsExtension {

    private final org.thirdspace.moderation.ModerationService moderation;
    private final PeopleService people;

    FlagPostAction(org.thirdspace.moderation.ModerationService moderation, PeopleService people) {
        this.moderation = moderation;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> actionFor(Post post, Runnable reload) {
        Optional<Long> me = people.myPersonId();
        if (me.isEmpty() || me.get() == post.authorPersonId() || post.removed() || post.html() == null) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        String label = ui == null ? "Flag" : ui.getTranslation("moderation.flag.button");
        Button flag = new Button(label, VaadinIcon.FLAG_O.create());
        flag.setId("post-" + post.number() + "-flag");
        flag.addThemeVariants(ButtonVariant.TERTIARY);
        if (ui != null) {
            flag.setAriaLabel(ui.getTranslation("moderation.flag.button.label", post.number()));
        }
        flag.addClickListener(e -> new FlagDialog(moderation, "forum-post:" + post.id(), reload).open());
        return Optional.of(flag);
    }
}
