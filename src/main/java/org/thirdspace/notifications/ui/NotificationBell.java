package org.thirdspace.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import org.thirdspace.notifications.Notification;
import org.thirdspace.notifications.NotificationService;

/**
 * The bell in the header: the unread count (kept current through push), and on click the latest
 * notifications, each opening its item and marking it read, plus "mark all read" and a link to all.
 */
class NotificationBell extends Composite<Div> {

    static final int LATEST = 8;

    private final transient NotificationService notifications;
    private final transient NotificationBroadcaster broadcaster;
    private final long accountId;
    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    private final Span announcement = new Span();
    final Popover popover = new Popover();
    private final UnorderedList latest = new UnorderedList();
    private long unread = -1;
    private Registration registration;

    NotificationBell(NotificationService notifications, NotificationBroadcaster broadcaster, long accountId) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.accountId = accountId;
        bell.setId("notifications-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.addClassName("ts-bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        badge.setId("notifications-bell-count");
        announcement.addClassName("ts-visually-hidden");
        announcement.getElement().setAttribute("aria-live", "polite");
        Div root = getContent();
        root.addClassName("ts-bell");
        root.add(bell, badge, announcement, popover);

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notifications.bell.heading"));
        popover.setAutofocus(true);
        popover.setModal(false);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refreshLatest();
            }
        });
        var heading = new H2(getTranslation("notifications.bell.heading"));
        heading.addClassName("ts-bell-heading");
        var markAll = new Button(getTranslation("notifications.mark-all-read"), e -> {
            notifications.markAllRead();
            setUnread(notifications.unreadCount());
            refreshLatest();
        });
        markAll.setId("notifications-bell-read-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var all = new Anchor("notifications", getTranslation("notifications.bell.all"));
        all.setId("notifications-bell-all");
        latest.addClassName("ts-bell-list");
        latest.setId("notifications-bell-list");
        var panel = new Div(heading, latest, new Div(markAll, all));
        panel.addClassName("ts-bell-panel");
        popover.add(panel);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        setUnread(notifications.unreadCount());
        registration = broadcaster.register(accountId, count -> ui.access(() -> setUnread(count)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    /** Shows the unread count; announces a rise to screen readers. */
    void setUnread(long count) {
        boolean rose = unread >= 0 && count > unread;
        unread = count;
        badge.setText(count > 99 ? "99+" : Long.toString(count));
        badge.setVisible(count > 0);
        bell.setAriaLabel(count == 0 ? getTranslation("notifications.bell.label.none")
                : getTranslation("notifications.bell.label", count));
        if (rose) {
            announcement.setText(getTranslation("notifications.bell.unread-announcement", count));
        }
    }

    long unread() {
        return unread;
    }

    private void refreshLatest() {
        latest.removeAll();
        var page = notifications.mine(0, LATEST);
        if (page.items().isEmpty()) {
            latest.add(new ListItem(new Paragraph(getTranslation("notifications.bell.empty"))));
        }
        for (Notification n : page.items()) {
            latest.add(new ListItem(item(n)));
        }
        setUnread(page.unread());
    }

    private Button item(Notification n) {
        var open = new Button(n.message(), e -> {
            notifications.markRead(n.id());
            setUnread(notifications.unreadCount());
            popover.close();
            NotificationLinks.open(n.link());
        });
        open.setId("notification-" + n.id());
        open.addClassName(n.read() ? "ts-notification-read" : "ts-notification-unread");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (!n.read()) {
            open.setAriaLabel(getTranslation("notifications.unread") + ": " + n.message());
        }
        return open;
    }
}
