package org.thirdspace.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.thirdspace.notifications.Notification;
import org.thirdspace.notifications.NotificationService;

/** All the current member's notifications, newest first, paged lazily; open, mark read, mark all read. */
@Route("notifications")
@PermitAll
@Menu(title = "notifications.menu", order = 5, icon = "vaadin:bell")
public class NotificationsView extends Div implements HasDynamicTitle {

    private final transient NotificationService notifications;
    final Grid<Notification> grid = new Grid<>();
    final Paragraph status = new Paragraph();

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        status.setId("notifications-status");
        status.getElement().setAttribute("role", "status");
        var markAll = new Button(getTranslation("notifications.mark-all-read"), e -> {
            notifications.markAllRead();
            status.setText(getTranslation("notifications.marked-all-read"));
            grid.getDataProvider().refreshAll();
        });
        markAll.setId("notifications-read-all");
        var settings = new Anchor("notifications/settings", getTranslation("notifications.settings-link"));
        settings.setId("notifications-settings-link");
        var actions = new Div(markAll, settings);
        actions.addClassName("ts-notification-actions");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("notifications.title"));
        grid.addComponentColumn(this::open).setHeader(getTranslation("notifications.column.message")).setFlexGrow(3);
        grid.addColumn(n -> when.format(n.createdAt())).setHeader(getTranslation("notifications.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("notifications.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notifications.mine(query.getPage(), Math.min(query.getPageSize(),
                        NotificationService.MAX_PAGE_SIZE)).items().stream(),
                query -> (int) notifications.mine(0, 1).total());
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");

        add(new H1(getTranslation("notifications.title")), new Paragraph(getTranslation("notifications.intro")),
                actions, status, grid);
    }

    private Button open(Notification n) {
        var open = new Button(n.message(), e -> {
            notifications.markRead(n.id());
            NotificationLinks.open(n.link());
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName(n.read() ? "ts-notification-read" : "ts-notification-unread");
        return open;
    }

    private com.vaadin.flow.component.Component state(Notification n) {
        if (n.read()) {
            return new Span(getTranslation("notifications.read"));
        }
        var mark = new Button(getTranslation("notifications.mark-read"), e -> {
            notifications.markRead(n.id());
            grid.getDataProvider().refreshItem(n);
            grid.getDataProvider().refreshAll();
        });
        mark.setAriaLabel(getTranslation("notifications.mark-read") + ": " + n.message());
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return mark;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | ThirdSpace";
    }
}
