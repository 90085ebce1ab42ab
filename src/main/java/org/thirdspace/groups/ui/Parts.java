package org.thirdspace.groups.ui;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.dom.Element;

/** Small building blocks shared by the group views: data tables, badges, sanitised HTML, dates. */
final class Parts {

    private Parts() {
    }

    /** A data table with a caption and column headers ({@code scope="col"}). */
    static NativeTable table(String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("ts-group-table");
        if (caption != null) {
            table.setCaptionText(caption);
        }
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    /** Adds a body row; strings become text cells, components are added as they are. */
    static NativeTableRow row(NativeTable table, Object... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (Object cell : cells) {
            NativeTableCell td = row.addDataCell();
            if (cell instanceof Component component) {
                td.add(component);
            } else if (cell != null) {
                td.setText(cell.toString());
            }
        }
        return row;
    }

    /** A row whose first cell is a row header ({@code th scope="row"}). */
    static NativeTableRow headedRow(NativeTable table, String header, Object... cells) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell th = row.addHeaderCell();
        th.setText(header);
        th.getElement().setAttribute("scope", "row");
        for (Object cell : cells) {
            NativeTableCell td = row.addDataCell();
            if (cell instanceof Component component) {
                td.add(component);
            } else if (cell != null) {
                td.setText(cell.toString());
            }
        }
        return row;
    }

    /** A badge whose text carries the meaning (the colour only repeats it). */
    static Span badge(String text, String theme, VaadinIcon icon) {
        Span badge = new Span();
        if (icon != null) {
            Icon i = icon.create();
            i.getElement().setAttribute("aria-hidden", "true");
            i.addClassName("ts-group-badge-icon");
            badge.add(i);
        }
        badge.add(new Span(text));
        badge.getElement().getThemeList().add("badge" + (theme == null ? "" : " " + theme));
        return badge;
    }

    /** Sanitised HTML from a service (Markdown rendered through the allow-list). */
    static Div html(String sanitised, String className) {
        Div div = new Div();
        div.addClassName(className);
        div.getElement().setProperty("innerHTML", sanitised == null ? "" : sanitised);
        return div;
    }

    /** A {@code <time>} element with a machine-readable value (a date or an instant, ISO 8601). */
    static Element time(String text, java.time.temporal.TemporalAccessor value) {
        Element time = new Element("time");
        time.setText(text);
        if (value != null) {
            time.setAttribute("datetime", value.toString());
        }
        return time;
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.setAssertive(true);
    }

    static void done(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }
}
