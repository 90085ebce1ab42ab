package org.thirdspace.groups.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.thirdspace.groups.Handover;

/** The handovers of a group's seats, open ones first, with status, due date and an overdue marker. */
class HandoversTab extends Section {

    HandoversTab(GroupPage page) {
        GroupTexts texts = page.texts;
        setId("group-handovers");
        add(new H2(texts.t("groups.ui.tab.handovers")));
        add(new Paragraph(texts.t("groups.ui.handovers.intro")));
        List<Handover> list = page.handovers.handovers(page.id(), true);
        if (list.isEmpty()) {
            add(new Paragraph(texts.t("groups.ui.handovers.none")));
            return;
        }
        add(table(texts, list, false));
    }

    /** A table of handovers; {@code withGroup} adds the group's name (for lists across groups). */
    static NativeTable table(GroupTexts texts, List<Handover> list, boolean withGroup) {
        NativeTable table = withGroup
                ? Parts.table(null, texts.t("groups.ui.handovers.seat"), texts.t("groups.ui.handovers.group"),
                        texts.t("groups.ui.handovers.outgoing"), texts.t("groups.ui.handovers.status"),
                        texts.t("groups.ui.handovers.due"))
                : Parts.table(null, texts.t("groups.ui.handovers.seat"), texts.t("groups.ui.handovers.outgoing"),
                        texts.t("groups.ui.handovers.status"), texts.t("groups.ui.handovers.due"));
        table.setId("handovers");
        for (Handover h : list) {
            RouterLink seat = new RouterLink(texts.t("groups.ui.handovers.seat-at", h.seatTitle(), h.institutionName()),
                    HandoverView.class, new RouteParameters("id", Long.toString(h.id())));
            if (withGroup) {
                Parts.row(table, seat, h.groupName(), h.outgoingName(), status(texts, h), due(texts, h));
            } else {
                Parts.row(table, seat, h.outgoingName(), status(texts, h), due(texts, h));
            }
        }
        return table;
    }

    static String status(GroupTexts texts, Handover h) {
        String status = texts.handoverStatus(h.status());
        return h.successorName() == null || h.status() == Handover.Status.OPEN ? status
                : texts.t("groups.ui.handovers.status-with", status, h.successorName());
    }

    static Component due(GroupTexts texts, Handover h) {
        Span due = new Span(texts.date(h.dueOn()));
        if (h.overdue()) {
            return new Span(due, new Span(" "), Parts.badge(texts.t("groups.ui.handovers.overdue"), "error",
                    VaadinIcon.CLOCK));
        }
        return due;
    }
}
