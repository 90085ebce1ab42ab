package org.thirdspace.groups.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.thirdspace.groups.DashboardEntry;
import org.thirdspace.groups.FacilitatorDashboard;
import org.thirdspace.groups.Warning;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * What needs attention in the groups the user facilitates: single points of failure, join
 * requests waiting, open and overdue handovers, and a due self-review. Groups with the most
 * warnings come first.
 */
@Route("groups/dashboard")
@PermitAll
@Menu(title = "groups.ui.menu.dashboard", order = 42, icon = "vaadin:dashboard")
public class FacilitatorDashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FacilitatorDashboard dashboard;
    private final GroupTexts texts;

    public FacilitatorDashboardView(FacilitatorDashboard dashboard, Vocabularies vocabularies, Clock clock) {
        this.dashboard = dashboard;
        this.texts = new GroupTexts(this, vocabularies, clock);
        addClassName("ts-group-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("groups.ui.dashboard.title")),
                new Paragraph(getTranslation("groups.ui.dashboard.intro")));
        List<DashboardEntry> entries = dashboard.myGroups();
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("groups.ui.dashboard.none")));
            return;
        }
        entries.forEach(e -> add(entry(e)));
    }

    private Component entry(DashboardEntry e) {
        Section section = new Section();
        section.addClassName("ts-group-card");
        String id = Long.toString(e.group().id());
        section.add(new H2(new RouterLink(e.group().name(), GroupView.class, new RouteParameters("id", id))));
        boolean calm = e.warnings().isEmpty() && e.pendingJoinRequests() == 0 && e.openHandovers().isEmpty()
                && !e.reviewDue();
        if (calm) {
            section.add(new Paragraph(getTranslation("groups.ui.dashboard.all-well")));
            return section;
        }
        // a due review has its own line below
        List<Warning> warnings = e.warnings().stream()
                .filter(w -> !(e.reviewDue() && w.kind() == Warning.Kind.REVIEW_DUE)).toList();
        if (!warnings.isEmpty()) {
            section.add(new H3(getTranslation("groups.ui.overview.warnings")));
            UnorderedList list = new UnorderedList();
            for (Warning w : warnings) {
                list.add(new ListItem(Parts.badge(getTranslation("groups.ui.warning.label"), "warning",
                        VaadinIcon.WARNING), new Span(" " + texts.warning(w))));
            }
            section.add(list);
        }
        if (e.pendingJoinRequests() > 0) {
            RouterLink requests = new RouterLink(e.pendingJoinRequests() == 1
                    ? getTranslation("groups.ui.dashboard.requests.one")
                    : getTranslation("groups.ui.dashboard.requests", Integer.toString(e.pendingJoinRequests())),
                    GroupView.class, new RouteParameters("id", id));
            requests.setQueryParameters(QueryParameters.of("tab", GroupView.MEMBERS));
            section.add(new Paragraph(requests));
        }
        if (!e.openHandovers().isEmpty()) {
            section.add(new H3(getTranslation("groups.ui.dashboard.handovers")));
            section.add(HandoversTab.table(texts, e.openHandovers(), false));
        }
        if (e.reviewDue()) {
            RouterLink record = new RouterLink(getTranslation("groups.ui.dashboard.review-due"), GroupView.class,
                    new RouteParameters("id", id));
            record.setQueryParameters(QueryParameters.of("tab", GroupView.RECORD));
            section.add(new Paragraph(Parts.badge(getTranslation("groups.ui.overview.review-due.badge"), "warning",
                    VaadinIcon.CALENDAR_CLOCK), new Span(" "), record));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.ui.dashboard.title") + " \u2013 ThirdSpace";
    }
}
