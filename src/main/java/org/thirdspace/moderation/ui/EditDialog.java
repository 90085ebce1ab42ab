package org.thirdspace.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import org.thirdspace.moderation.ActionResult;
import org.thirdspace.moderation.ModerationActionType;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.moderation.ModerationService;

/**
 * A moderator's edit of a flagged item's text: the current text to change and an optional
 * message to the author; saving is the EDIT action (it resolves the flags and tells the author).
 */
class EditDialog extends Dialog {

    final TextArea text = new TextArea();
    final TextArea message = new TextArea();
    final Button save;

    EditDialog(ModerationService moderation, String target, String typeLabel, String current, String messageSoFar,
            Runnable done) {
        setHeaderTitle(getTranslation("moderation.edit.title", typeLabel));
        text.setLabel(getTranslation("moderation.edit.text"));
        text.setHelperText(getTranslation("moderation.edit.text.help"));
        text.setRequiredIndicatorVisible(true);
        text.setValue(current == null ? "" : current);
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setId("moderation-edit-text");
        message.setLabel(getTranslation("moderation.queue.message"));
        message.setHelperText(getTranslation("moderation.edit.message.help"));
        message.setMaxLength(ModerationService.MAX_MESSAGE);
        message.setValue(messageSoFar == null ? "" : messageSoFar);
        message.setWidthFull();
        message.setId("moderation-edit-message");
        save = new Button(getTranslation("moderation.edit.save"), e -> save(moderation, target, done));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("moderation-edit-save");
        Button cancel = new Button(getTranslation("moderation.edit.cancel"), e -> close());
        cancel.setId("moderation-edit-cancel");
        add(new Paragraph(getTranslation("moderation.edit.intro")), text, message);
        getFooter().add(cancel, save);
        setWidth("min(48rem, 95vw)");
        setCloseOnEsc(true);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                text.focus();
            }
        });
    }

    void save(ModerationService moderation, String target, Runnable done) {
        text.setInvalid(false);
        message.setInvalid(false);
        if (text.getValue() == null || text.getValue().isBlank()) {
            invalid(text, getTranslation("moderation.error.edit-text-required"));
            return;
        }
        try {
            ActionResult result = moderation.act(target, ModerationActionType.EDIT, message.getValue(),
                    text.getValue());
            close();
            String label = getTranslation("moderation.action.EDIT");
            Notification.show(getTranslation(result.authorTold() ? "moderation.queue.done"
                    : "moderation.queue.done-silent", label)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        } catch (ModerationException e) {
            String error = getTranslation(e.messageKey(), e.args());
            if ("text".equals(e.field())) {
                invalid(text, error);
            } else if ("message".equals(e.field())) {
                invalid(message, error);
            } else {
                close();
                Notification.show(error).addThemeVariants(NotificationVariant.LUMO_ERROR);
                done.run();
            }
        }
    }

    private static void invalid(TextArea field, String error) {
        field.setErrorMessage(error);
        field.setInvalid(true);
        field.focus();
    }
}
