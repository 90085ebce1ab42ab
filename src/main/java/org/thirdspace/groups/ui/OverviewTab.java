package org.thirdspace.groups.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupPermissions;
import org.thirdspace.groups.GroupRef;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.groups.OwnerInstitution;
import org.thirdspace.groups.Warning;
import org.thirdspace.people.AffiliationSummary;

/**
 * The overview of a group: what it is for and how it works, who owns it, where it sits among
 * other groups, what the user can do (join, ask, accept, leave) and, for members, its single
 * points of failure and whether the yearly self-review is due.
 */
class OverviewTab extends Section {

    static final int MAX_MESSAGE = 1000;

    private final GroupPage page;
    private final GroupTexts texts;
    final Div actions = new Div();
    final Paragraph actionStatus = new Paragraph();

    OverviewTab(GroupPage page) {
        this.page = page;
        this.texts = page.texts;
        GroupDetails d = page.group;
        setId("group-overview");
        add(new H2(texts.t("groups.ui.tab.overview")));

        boolean reviewDue = page.member() && d.reviewDueOn() != null && !d.reviewDueOn().isAfter(texts.today());
        if (reviewDue) {
            add(reviewDueBanner(d));
        }

        actions.addClassName("ts-group-actions");
        actionStatus.getElement().setAttribute("role", "status");
        actionStatus.setId("group-action-status");
        fillActions();
        add(actions, actionStatus);

        if (page.member()) {
            add(warnings(reviewDue));
        }

        add(new H3(texts.t("groups.ui.overview.purpose")));
        add(d.purposeHtml() == null || d.purposeHtml().isBlank()
                ? new Paragraph(texts.t("groups.ui.overview.no-purpose"))
                : Parts.html(d.purposeHtml(), "ts-group-markdown"));
        if (d.normsHtml() != null && !d.normsHtml().isBlank()) {
            add(new H3(texts.t("groups.ui.overview.norms")), Parts.html(d.normsHtml(), "ts-group-markdown"));
        }

        add(new H3(texts.t("groups.ui.overview.about")), facts(d));
        add(family(d));
    }

    private Component reviewDueBanner(GroupDetails d) {
        Div banner = new Div();
        banner.addClassName("ts-group-banner");
        banner.getElement().setAttribute("role", "status");
        banner.setId("review-due");
        banner.add(Parts.badge(texts.t("groups.ui.overview.review-due.badge"), "warning", VaadinIcon.CALENDAR_CLOCK));
        banner.add(new Span(" " + texts.t("groups.ui.overview.review-due", texts.date(d.reviewDueOn()))));
        Button open = new Button(texts.t("groups.ui.overview.review-due.open"), e -> page.showTab(GroupView.RECORD));
        open.addThemeVariants(ButtonVariant.TERTIARY);
        banner.add(open);
        return banner;
    }

    // ------------------------------------------------------------------ membership actions

    private void fillActions() {
        actions.removeAll();
        GroupDetails d = page.group;
        GroupPermissions p = page.permissions();
        if (!page.authenticated) {
            Paragraph login = new Paragraph(texts.t("groups.ui.join.log-in") + " ");
            login.add(new Anchor("login", texts.t("groups.ui.join.log-in.link")));
            actions.add(login);
            return;
        }
        if (p.member()) {
            actions.add(new Paragraph(texts.t("groups.ui.join.you-are-member", texts.role(p.role()))));
            Button leave = new Button(texts.t("groups.ui.join.leave"), e -> confirmLeave());
            leave.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(leave);
        } else if (p.pendingInvitationId() != null) {
            long invitation = p.pendingInvitationId();
            actions.add(new Paragraph(texts.t("groups.ui.join.invited")));
            Button accept = new Button(texts.t("groups.ui.join.accept"), e -> act(() -> page.groups.acceptInvitation(invitation),
                    "groups.ui.join.accepted"));
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            Button decline = new Button(texts.t("groups.ui.join.decline"),
                    e -> act(() -> page.groups.declineInvitation(invitation, null), "groups.ui.join.declined"));
            actions.add(new HorizontalLayout(accept, decline));
        } else if (p.pendingRequestId() != null) {
            long request = p.pendingRequestId();
            actions.add(new Paragraph(texts.t("groups.ui.join.waiting")));
            Button withdraw = new Button(texts.t("groups.ui.join.withdraw"),
                    e -> act(() -> page.groups.withdraw(request), "groups.ui.join.withdrawn"));
            actions.add(withdraw);
        } else if (p.mayRequestToJoin()) {
            actions.add(requestForm());
        } else if (d.joinPolicy() == JoinPolicy.INVITATION) {
            actions.add(new Paragraph(texts.t("groups.ui.join.invitation-only")));
        }
        if (p.manage()) {
            Button edit = new Button(texts.t("groups.ui.overview.edit"), e -> UI.getCurrent()
                    .navigate(GroupEditorView.class, new RouteParameters("id", Long.toString(d.id()))));
            Button subgroup = new Button(texts.t("groups.ui.overview.new-subgroup"), e -> UI.getCurrent()
                    .navigate(GroupEditorView.class, QueryParameters.of("parent", Long.toString(d.id()))));
            subgroup.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(new HorizontalLayout(edit, subgroup));
        }
    }

    private Component requestForm() {
        TextArea message = new TextArea(texts.t("groups.ui.join.message"));
        message.setHelperText(texts.t("groups.ui.join.message.help"));
        message.setMaxLength(MAX_MESSAGE);
        message.setWidthFull();
        Select<AffiliationSummary> behalf = new Select<>();
        behalf.setLabel(texts.t("groups.ui.field.on-behalf-of"));
        behalf.setItems(page.myCurrentAffiliations());
        behalf.setEmptySelectionAllowed(true);
        behalf.setEmptySelectionCaption(texts.t("groups.ui.personal-capacity"));
        behalf.setItemLabelGenerator(a -> a == null ? texts.t("groups.ui.personal-capacity") : a.institutionName());
        Button ask = new Button(texts.t("groups.ui.join.ask"));
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        ask.addClickListener(e -> {
            message.setInvalid(false);
            behalf.setInvalid(false);
            try {
                page.groups.requestToJoin(page.id(), message.getValue(),
                        behalf.getValue() == null ? null : behalf.getValue().institutionId());
                Parts.done(texts.t("groups.ui.join.asked"));
                page.reload();
            } catch (GroupException ex) {
                String text = texts.errorMessage(ex);
                if ("institutionId".equals(ex.field())) {
                    behalf.setErrorMessage(text);
                    behalf.setInvalid(true);
                } else if ("message".equals(ex.field())) {
                    message.setErrorMessage(text);
                    message.setInvalid(true);
                } else {
                    actionStatus.setText(text);
                    Parts.error(text);
                }
            }
        });
        Div form = new Div(message, behalf, ask);
        form.addClassName("ts-group-join");
        return form;
    }

    private void confirmLeave() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.t("groups.ui.join.leave.title", page.group.name()));
        dialog.add(new Paragraph(texts.t("groups.ui.join.leave.explain")));
        Button confirm = new Button(texts.t("groups.ui.join.leave"), e -> {
            dialog.close();
            act(() -> page.groups.leave(page.id()), "groups.ui.join.left");
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        Button cancel = new Button(texts.t("groups.ui.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Parts.done(texts.t(doneKey));
            page.reload();
        } catch (GroupException e) {
            actionStatus.setText(texts.errorMessage(e));
            page.error(e);
        }
    }

    // ------------------------------------------------------------------ warnings and facts

    /** The group's single points of failure; a due review is left out when the banner already says so. */
    private Component warnings(boolean reviewDueShown) {
        Section section = new Section(new H3(texts.t("groups.ui.overview.warnings")));
        section.setId("group-warnings");
        List<Warning> list;
        try {
            list = page.seats.warnings(page.id()).stream()
                    .filter(w -> !(reviewDueShown && w.kind() == Warning.Kind.REVIEW_DUE)).toList();
        } catch (GroupException e) {
            list = List.of();
        }
        if (list.isEmpty()) {
            section.add(new Paragraph(texts.t("groups.ui.overview.no-warnings")));
            return section;
        }
        UnorderedList ul = new UnorderedList();
        ul.addClassName("ts-group-warnings");
        for (Warning w : list) {
            ListItem item = new ListItem(Parts.badge(texts.t("groups.ui.warning.label"), "warning", VaadinIcon.WARNING),
                    new Span(" " + texts.warning(w)));
            ul.add(item);
        }
        section.add(ul);
        return section;
    }

    private Component facts(GroupDetails d) {
        DescriptionList list = new DescriptionList();
        list.addClassName("ts-group-facts");
        fact(list, "groups.ui.field.kind", texts.kind(d.kind()));
        fact(list, "groups.ui.overview.owners", owners(d.institutions()));
        fact(list, "groups.ui.field.visibility", texts.visibility(d.visibility()));
        fact(list, "groups.ui.field.join-policy", texts.joinPolicy(d.joinPolicy()));
        if (d.stage() != null) {
            fact(list, "groups.ui.record.stage", d.stageChangedOn() == null ? texts.stage(d.stage())
                    : texts.t("groups.ui.record.stage-since", texts.stage(d.stage()), texts.date(d.stageChangedOn())));
        }
        if (d.closureReason() != null && !d.closureReason().isBlank()) {
            fact(list, "groups.ui.record.closure-reason", d.closureReason());
        }
        fact(list, "groups.ui.field.model-level", texts.modelLevel(d.modelLevel()));
        if (!d.activities().isEmpty()) {
            fact(list, "groups.ui.field.activities", texts.joined(d.activities(), texts::activity));
        }
        if (!d.phases().isEmpty()) {
            fact(list, "groups.ui.field.phases", texts.joined(d.phases(), texts::phase));
        }
        if (!d.regions().isEmpty()) {
            fact(list, "groups.ui.field.regions", texts.joined(d.regions(), texts::region));
        }
        fact(list, "groups.ui.overview.members", d.memberCount() == 1 ? texts.t("groups.ui.members.count.one")
                : texts.t("groups.ui.members.count", Integer.toString(d.memberCount())));
        if (d.createdAt() != null) {
            fact(list, "groups.ui.overview.created", d.createdByName() == null ? texts.date(texts.day(d.createdAt()))
                    : texts.t("groups.ui.overview.created-by", texts.date(texts.day(d.createdAt())), d.createdByName()));
        }
        return list;
    }

    private Component owners(List<OwnerInstitution> owners) {
        Span span = new Span();
        boolean first = true;
        for (OwnerInstitution o : GroupTexts.orEmpty(owners)) {
            if (!first) {
                span.add(new Span(", "));
            }
            span.add(new Anchor("institutions/" + o.id(), o.name()));
            first = false;
        }
        return span;
    }

    private void fact(DescriptionList list, String key, Object value) {
        DescriptionList.Description description = value instanceof Component c ? new DescriptionList.Description(c)
                : new DescriptionList.Description(String.valueOf(value));
        list.add(new DescriptionList.Term(texts.t(key)), description);
    }

    private Component family(GroupDetails d) {
        Div family = new Div();
        if (d.parent() != null) {
            family.add(new H3(texts.t("groups.ui.overview.parent")), new Paragraph(link(d.parent())));
        }
        if (d.subgroups() != null && !d.subgroups().isEmpty()) {
            family.add(new H3(texts.t("groups.ui.overview.subgroups")));
            UnorderedList list = new UnorderedList();
            d.subgroups().forEach(g -> list.add(new ListItem(link(g), new Span(" (" + texts.kind(g.kind()) + ")"))));
            family.add(list);
        }
        return family;
    }

    static RouterLink link(GroupRef ref) {
        return new RouterLink(ref.name(), GroupView.class, new RouteParameters("id", Long.toString(ref.id())));
    }
}
