package org.thirdspace.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.thirdspace.moderation.FlagReason;
import org.thirdspace.moderation.FlagReceipt;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.moderation.ModerationService;

/** Asks for a reason (and an explanation, required for "Other") and sends the flag. */
class FlagDialog extends Dialog {

    final RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>();
    final TextArea text = new TextArea();
    final Button submit;

    private final String sentHiddenKey;

    FlagDialog(ModerationService moderation, String target, Runnable reload) {
        this(moderation, target, reload, "moderation.flag.title", "moderation.flag.sent-hidden");
    }

    /** {@code titleKey}: the i18n key of the dialog's title, naming what is flagged ("this post", "this profile"). */
    FlagDialog(ModerationService moderation, String target, String titleKey, Runnable reload) {
        this(moderation, target, reload, titleKey, "moderation.flag.sent-hidden");
    }

    /** With its own title and "hidden at once" message, for content that is not a forum post. */
    FlagDialog(ModerationService moderation, String target, Runnable reload, String titleKey, String sentHiddenKey) {
        this.sentHiddenKey = sentHiddenKey;
        setHeaderTitle(getTranslation(titleKey));
        reason.setLabel(getTranslation("moderation.flag.reason"));
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("moderation.reason." + r.name()));
        reason.setRequiredIndicatorVisible(true);
        reason.setId("flag-reason");
        text.setLabel(getTranslation("moderation.flag.text"));
        text.setHelperText(getTranslation("moderation.flag.text.help", ModerationService.MAX_TEXT));
        text.setMaxLength(ModerationService.MAX_TEXT);
        text.setWidthFull();
        text.setId("flag-text");
        submit = new Button(getTranslation("moderation.flag.submit"), e -> send(moderation, target, reload));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("flag-submit");
        Button cancel = new Button(getTranslation("moderation.flag.cancel"), e -> close());
        add(new Paragraph(getTranslation("moderation.flag.intro")), reason, text);
        getFooter().add(cancel, submit);
        setCloseOnEsc(true);
    }

    void send(ModerationService moderation, String target, Runnable reload) {
        reason.setInvalid(false);
        text.setInvalid(false);
        if (reason.getValue() == null) {
            reason.setErrorMessage(getTranslation("moderation.flag.reason-required"));
            reason.setInvalid(true);
            reason.getElement().callJsFunction("focus");
            return;
        }
        try {
            FlagReceipt receipt = moderation.flag(target, reason.getValue().name(), text.getValue());
            close();
            Notification.show(getTranslation(receipt.hidden() ? sentHiddenKey : "moderation.flag.sent"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (receipt.hidden()) {
                reload.run();
            }
        } catch (ModerationException e) {
            String message = getTranslation(e.messageKey(), e.args());
            if ("text".equals(e.field())) {
                text.setErrorMessage(message);
                text.setInvalid(true);
                text.focus();
            } else {
                Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
