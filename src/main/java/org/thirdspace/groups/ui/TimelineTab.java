package org.thirdspace.groups.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import org.thirdspace.groups.HistoryEntry;
import org.thirdspace.groups.HistoryType;

/**
 * Everything that happened in a group, newest first, as sentences ("Ann Lee gave Bo Ray the seat
 * Link tutor (University of Bath) as holder"), loaded a page at a time and filterable by type.
 */
class TimelineTab extends Section {

    static final int PAGE = 25;

    private final GroupPage page;
    private final GroupTexts texts;
    final MultiSelectComboBox<HistoryType> types = new MultiSelectComboBox<>();
    final OrderedList entries = new OrderedList();
    final Paragraph status = new Paragraph();
    final Button more = new Button();
    private long total;
    private int loaded;

    TimelineTab(GroupPage page) {
        this.page = page;
        this.texts = page.texts;
        setId("group-timeline");
        add(new H2(texts.t("groups.ui.tab.timeline")));
        types.setLabel(texts.t("groups.ui.timeline.filter"));
        types.setHelperText(texts.t("groups.ui.timeline.filter.help"));
        types.setItems(HistoryType.values());
        types.setItemLabelGenerator(texts::historyType);
        types.setWidth("28rem");
        types.addValueChangeListener(e -> reset());
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setId("timeline-status");
        entries.addClassName("ts-group-timeline");
        more.setText(texts.t("groups.ui.timeline.more"));
        more.addClickListener(e -> loadMore());
        add(types, status, entries, more);
        reset();
    }

    private Set<HistoryType> selected() {
        return types.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(types.getValue());
    }

    private void reset() {
        entries.removeAll();
        loaded = 0;
        total = page.groups.historyCount(page.id(), selected());
        loadMore();
    }

    void loadMore() {
        List<HistoryEntry> next = page.groups.history(page.id(), selected(), loaded, PAGE);
        for (HistoryEntry e : next) {
            ListItem item = new ListItem();
            item.addClassName("ts-group-entry");
            item.getElement().appendChild(Parts.time(texts.dateTime(e.occurredAt()), e.occurredAt()));
            item.add(new Span(" \u2013 "));
            String link = activityLink(e);
            if (link == null) {
                item.add(new Span(texts.history(e)));
            } else {
                item.add(new com.vaadin.flow.component.html.Anchor(link, texts.history(e)));
            }
            entries.add(item);
        }
        loaded += next.size();
        more.setVisible(loaded < total && !next.isEmpty());
        status.setText(total == 0 ? texts.t("groups.ui.timeline.none")
                : texts.t("groups.ui.timeline.shown", Integer.toString(loaded), Long.toString(total)));
    }

    /** Where an activity reported by another feature leads (by its kind), or null. */
    static String activityLink(HistoryEntry e) {
        if (e.type() != org.thirdspace.groups.HistoryType.ACTIVITY || e.activityKind() == null || e.refId() == null) {
            return null;
        }
        if (e.activityKind().startsWith("forum-")) {
            return "forum/t/" + e.refId();
        }
        if (e.activityKind().startsWith("case-study")) {
            return "case-studies/" + e.refId();
        }
        return null;
    }
}
