package org.thirdspace.groups.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.finder.Viewers;
import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.HandoverService;
import org.thirdspace.groups.PartnershipRecordService;
import org.thirdspace.groups.SeatService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * The group space: a heading with the group's name, kind and stage, and tabs for overview,
 * members and seats, and, for members, the timeline, meetings, partnership record and handovers.
 * The tab is in the URL ({@code groups/12?tab=members}). A group the user may not see looks
 * exactly like one that does not exist.
 */
@Route("groups/:id([0-9]+)")
@AnonymousAllowed
public class GroupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String OVERVIEW = "overview";
    static final String MEMBERS = "members";
    static final String TIMELINE = "timeline";
    static final String MEETINGS = "meetings";
    static final String RECORD = "record";
    static final String HANDOVERS = "handovers";

    private final GroupService groups;
    private final SeatService seats;
    private final HandoverService handovers;
    private final PartnershipRecordService records;
    private final PeopleService people;
    private final PeopleFinder finder;
    private final Viewers viewers;
    private final Vocabularies vocabularies;
    private final AuthenticationContext authentication;
    private final GroupTexts texts;

    final H1 heading = new H1();
    private final Map<String, Tab> tabsById = new LinkedHashMap<>();
    private final Map<Tab, Div> holders = new LinkedHashMap<>();
    private final Map<Tab, Function<GroupPage, Component>> builders = new LinkedHashMap<>();
    private GroupPage page;
    /** The tabs of the group shown; null on the not-found page. */
    TabSheet current;
    private long groupId;
    private String title = "";

    public GroupView(GroupService groups, SeatService seats, HandoverService handovers,
            PartnershipRecordService records, PeopleService people, PeopleFinder finder, Viewers viewers,
            Vocabularies vocabularies, Clock clock, AuthenticationContext authentication) {
        this.groups = groups;
        this.seats = seats;
        this.handovers = handovers;
        this.records = records;
        this.people = people;
        this.finder = finder;
        this.viewers = viewers;
        this.vocabularies = vocabularies;
        this.authentication = authentication;
        this.texts = new GroupTexts(this, vocabularies, clock);
        addClassName("ts-group-space");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        groupId = event.getRouteParameters().getLong("id").orElse(-1L);
        String tab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse(OVERVIEW);
        show(tab);
    }

    private void show(String tab) {
        removeAll();
        tabsById.clear();
        holders.clear();
        builders.clear();
        Optional<GroupDetails> details;
        try {
            details = groupId < 0 ? Optional.empty() : groups.details(groupId);
        } catch (GroupException e) {
            details = Optional.empty();
        }
        if (details.isEmpty()) {
            showNotFound();
            return;
        }
        GroupDetails d = details.get();
        page = new GroupPage(d, texts, groups, seats, handovers, records, people, finder, viewers, vocabularies,
                authentication.isAuthenticated(), () -> show(selectedTabId()), this::select);
        title = d.name();
        heading.setText(d.name());
        List<String> facts = new ArrayList<>();
        facts.add(texts.kind(d.kind()));
        if (d.stage() != null) {
            facts.add(texts.stage(d.stage()));
        }
        if (d.modelLevel() != null) {
            facts.add(texts.modelLevel(d.modelLevel()));
        }
        Paragraph subtitle = new Paragraph(String.join(" \u00b7 ", facts));
        subtitle.addClassName("ts-group-meta");
        Div header = new Div(heading, subtitle);
        header.addClassName("ts-group-header");
        if (d.visibility() != GroupVisibility.PUBLIC) {
            header.add(Parts.badge(texts.visibility(d.visibility()), "contrast",
                    d.visibility() == GroupVisibility.PRIVATE ? VaadinIcon.LOCK : VaadinIcon.USERS));
        }
        // the group's forum (forum module, linked by address: no code dependency on it)
        Anchor forum = new Anchor("forum/g/" + groupId, getTranslation("forum.ui.group.link"));
        forum.getElement().setAttribute("router-link", true);
        forum.setId("group-forum-link");
        forum.addClassName("ts-group-forum-link");
        Icon forumIcon = VaadinIcon.COMMENTS_O.create();
        forumIcon.getElement().setAttribute("aria-hidden", "true");
        forum.addComponentAsFirst(forumIcon);
        header.add(new Paragraph(forum));
        add(header);

        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        current = sheet;
        addTab(sheet, OVERVIEW, "groups.ui.tab.overview", OverviewTab::new);
        addTab(sheet, MEMBERS, "groups.ui.tab.members", MembersTab::new);
        if (page.member()) {
            addTab(sheet, TIMELINE, "groups.ui.tab.timeline", TimelineTab::new);
            addTab(sheet, MEETINGS, "groups.ui.tab.meetings", MeetingsTab::new);
            addTab(sheet, RECORD, "groups.ui.tab.record", RecordTab::new);
            addTab(sheet, HANDOVERS, "groups.ui.tab.handovers", HandoversTab::new);
        }
        add(sheet);
        Tab selected = tabsById.getOrDefault(tab, tabsById.get(OVERVIEW));
        sheet.setSelectedTab(selected);
        fill(selected);
        // registered last, so that adding the tabs does not build the first one needlessly
        sheet.addSelectedChangeListener(e -> {
            fill(e.getSelectedTab());
            if (e.isFromClient()) {
                writeTabToUrl();
            }
        });
    }

    private void addTab(TabSheet sheet, String id, String labelKey, Function<GroupPage, Component> builder) {
        Div holder = new Div();
        holder.addClassName("ts-group-tab");
        Tab tab = sheet.add(getTranslation(labelKey), holder);
        tab.setId("tab-" + id);
        tabsById.put(id, tab);
        holders.put(tab, holder);
        builders.put(tab, builder);
    }

    /** Builds a tab's content the first time it is shown. */
    private void fill(Tab tab) {
        Div holder = holders.get(tab);
        if (holder == null || page == null || holder.getChildren().findAny().isPresent()) {
            return;
        }
        try {
            holder.add(builders.get(tab).apply(page));
        } catch (GroupException e) {
            holder.add(new Paragraph(texts.errorMessage(e)));
        }
    }

    private String selectedTabId() {
        if (current == null) {
            return OVERVIEW;
        }
        Tab selected = current.getSelectedTab();
        return tabsById.entrySet().stream().filter(e -> e.getValue().equals(selected)).map(Map.Entry::getKey)
                .findFirst().orElse(OVERVIEW);
    }

    /** Switches to a tab (from a link inside another tab). */
    void select(String id) {
        Tab tab = tabsById.get(id);
        if (tab != null && current != null) {
            current.setSelectedTab(tab);
            fill(tab);
            writeTabToUrl();
        }
    }

    private void writeTabToUrl() {
        String id = selectedTabId();
        QueryParameters query = OVERVIEW.equals(id) ? QueryParameters.empty() : QueryParameters.of("tab", id);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("groups/" + groupId, query));
    }

    private void showNotFound() {
        page = null;
        current = null;
        title = getTranslation("groups.ui.not-found.title");
        heading.setText(title);
        add(heading, new Paragraph(getTranslation("groups.error.not-found")));
    }

    /** The tab shown (for tests). */
    String selectedTab() {
        return selectedTabId();
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 ThirdSpace";
    }
}
