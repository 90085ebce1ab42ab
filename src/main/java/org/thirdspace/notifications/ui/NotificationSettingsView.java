package org.thirdspace.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import org.thirdspace.notifications.Delivery;
import org.thirdspace.notifications.DigestFrequency;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.notifications.NotificationService;
import org.thirdspace.notifications.NotificationSettings;

/** The current member's choice per kind (in-app only, email at once, digest, off) and digest frequency. */
@Route("notifications/settings")
@PermitAll
public class NotificationSettingsView extends Div implements HasDynamicTitle {

    private final transient NotificationService notifications;
    final RadioButtonGroup<DigestFrequency> digest = new RadioButtonGroup<>();
    final Map<NotificationKind, Select<Delivery>> kinds = new EnumMap<>(NotificationKind.class);
    final Paragraph status = new Paragraph();

    public NotificationSettingsView(NotificationService notifications) {
        this.notifications = notifications;
        NotificationSettings current = notifications.settings();
        status.setId("notification-settings-status");
        status.getElement().setAttribute("role", "status");

        digest.setId("notification-settings-digest");
        digest.setLabel(getTranslation("notifications.settings.digest"));
        digest.setHelperText(getTranslation("notifications.settings.digest.helper"));
        digest.setItems(DigestFrequency.values());
        digest.setItemLabelGenerator(f -> getTranslation("notifications.digest." + f.name()));
        digest.setValue(current.digest());

        var list = new Div();
        list.addClassName("ts-notification-settings");
        for (NotificationKind kind : NotificationKind.values()) {
            var select = new Select<Delivery>();
            select.setId("notification-setting-" + kind.name());
            select.setLabel(getTranslation(kind.labelKey()));
            select.setItems(Delivery.values());
            select.setItemLabelGenerator(d -> getTranslation("notifications.delivery." + d.name()));
            select.setValue(current.kinds().get(kind));
            select.setEmptySelectionAllowed(false);
            kinds.put(kind, select);
            list.add(select);
        }
        var save = new Button(getTranslation("notifications.settings.save"), e -> save());
        save.setId("notification-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H1(getTranslation("notifications.settings.title")),
                new Paragraph(getTranslation("notifications.settings.intro")), digest, list, save, status);
    }

    void save() {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        kinds.forEach((kind, select) -> chosen.put(kind, select.getValue()));
        notifications.updateSettings(new NotificationSettings(digest.getValue(), chosen));
        status.setText(getTranslation("notifications.settings.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.settings.title") + " | ThirdSpace";
    }
}
