package org.thirdspace.forum.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;

import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.TopicDetails;

/** A moderator moves the topic to another forum. */
class MoveDialog extends Dialog {

    final Select<ForumKey> target;

    MoveDialog(TopicView page) {
        ForumTexts texts = page.texts;
        setId("forum-move-dialog");
        setHeaderTitle(texts.t("forum.ui.move.heading"));
        ForumKey here = page.topic().summary().forum();
        Map<ForumKey, String> choices = page.forumChoices();
        choices.remove(here);
        target = TopicView.forumSelect("forum-move-target", texts.t("forum.ui.move.target"), choices);
        target.setWidthFull();
        add(target);
        Button move = new Button(texts.t("forum.ui.move.confirm"), e -> {
            target.setInvalid(false);
            if (target.getValue() == null) {
                target.setErrorMessage(texts.t("forum.error.forum-required"));
                target.setInvalid(true);
                return;
            }
            try {
                TopicDetails moved = page.moderation.move(page.topicId(), target.getValue());
                close();
                Parts.done(texts.t("forum.ui.move.done", ForumTexts.nz(moved.summary().forumName())));
                page.reload();
            } catch (ForumException ex) {
                target.setErrorMessage(texts.error(ex));
                target.setInvalid(true);
            }
        });
        move.setId("forum-move-confirm");
        move.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(texts.t("forum.ui.cancel"), e -> close()), move);
    }
}
