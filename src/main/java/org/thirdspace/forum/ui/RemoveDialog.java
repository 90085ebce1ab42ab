package org.thirdspace.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Post;

/** Removing a post needs a reason; the post stays in place as "Post removed". */
class RemoveDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button remove = new Button();

    RemoveDialog(TopicView page, Post post) {
        ForumTexts texts = page.texts;
        setId("forum-remove-dialog");
        setHeaderTitle(texts.t("forum.ui.remove.heading", post.number()));
        reason.setId("forum-remove-reason");
        reason.setLabel(texts.t("forum.ui.remove.reason"));
        reason.setHelperText(texts.t("forum.ui.remove.reason.help"));
        reason.setRequired(true);
        reason.setMaxLength(ForumService.MAX_REASON);
        reason.setWidthFull();
        add(new Paragraph(texts.t("forum.ui.remove.intro")), reason);
        remove.setId("forum-remove-confirm");
        remove.setText(texts.t("forum.ui.post.remove"));
        remove.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        remove.addClickListener(e -> {
            reason.setInvalid(false);
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(texts.t("forum.error.reason-required"));
                reason.setInvalid(true);
                return;
            }
            try {
                page.forums.remove(post.id(), reason.getValue().strip());
                close();
                Parts.done(texts.t("forum.ui.remove.done", post.number()));
                page.reload();
            } catch (ForumException ex) {
                reason.setErrorMessage(texts.error(ex));
                reason.setInvalid(true);
            }
        });
        Button cancel = new Button(texts.t("forum.ui.cancel"), e -> close());
        getFooter().add(cancel, remove);
        reason.focus();
    }
}
