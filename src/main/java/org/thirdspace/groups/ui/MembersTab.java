package org.thirdspace.groups.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.thirdspace.finder.FinderQuery;
import org.thirdspace.finder.FinderResult;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupRole;
import org.thirdspace.groups.Handover;
import org.thirdspace.groups.JoinRequest;
import org.thirdspace.groups.Member;
import org.thirdspace.groups.NewAssignment;
import org.thirdspace.groups.NewSeat;
import org.thirdspace.groups.OwnerInstitution;
import org.thirdspace.groups.Seat;
import org.thirdspace.groups.SeatAssignment;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Members and seats: current members (role, institution, since when), former members with their
 * dates, and the seats grouped by owning institution with holder, deputy or "vacant — last held
 * by X (now at Y)". Facilitators also answer join requests, invite people, change roles, remove
 * members, create seats, assign holders and deputies, and start handovers.
 */
class MembersTab extends Section {

    static final int MAX_CANDIDATES = 500;

    private final GroupPage page;
    private final GroupTexts texts;
    final Section seatsSection = new Section();

    MembersTab(GroupPage page) {
        this.page = page;
        this.texts = page.texts;
        setId("group-members");
        add(new H2(texts.t("groups.ui.tab.members")));
        List<Member> all = page.groups.members(page.id(), page.member());
        List<Member> current = all.stream().filter(Member::current).toList();
        List<Member> former = all.stream().filter(m -> !m.current()).toList();
        int unlisted = Math.max(0, page.group.memberCount() - current.size());
        add(currentMembers(current, page.group.memberCount(), unlisted));
        if (page.member() && !former.isEmpty()) {
            add(formerMembers(former));
        }
        if (page.manage()) {
            add(requests(), invite());
        }
        seatsSection.setId("group-seats");
        fillSeats();
        add(seatsSection);
    }

    // ------------------------------------------------------------------ members

    private Component currentMembers(List<Member> members, int total, int unlisted) {
        Section section = new Section(new H3(texts.t("groups.ui.members.current", Integer.toString(total))));
        if (unlisted > 0) {
            section.add(new Paragraph(texts.t("groups.ui.members.not-shown", Integer.toString(unlisted))));
        }
        if (members.isEmpty()) {
            if (unlisted == 0) {
                section.add(new Paragraph(texts.t("groups.ui.members.none")));
            }
            return section;
        }
        List<String> headers = new ArrayList<>(List.of(texts.t("groups.ui.members.name"),
                texts.t("groups.ui.members.role"), texts.t("groups.ui.members.institution"),
                texts.t("groups.ui.members.since")));
        if (page.manage()) {
            headers.add(texts.t("groups.ui.members.actions"));
        }
        NativeTable table = Parts.table(null, headers.toArray(String[]::new));
        table.setId("current-members");
        for (Member m : members) {
            String since = texts.date(texts.day(m.joinedAt()));
            String institution = m.institutionName() == null ? texts.t("groups.ui.personal-capacity") : m.institutionName();
            if (page.manage()) {
                Parts.row(table, person(m.personId(), m.displayName()), roleSelect(m), institution, since,
                        removeButton(m));
            } else {
                Parts.row(table, person(m.personId(), m.displayName()), texts.role(m.role()), institution, since);
            }
        }
        section.add(table);
        return section;
    }

    private Component formerMembers(List<Member> members) {
        Section section = new Section(new H3(texts.t("groups.ui.members.former", Integer.toString(members.size()))));
        NativeTable table = Parts.table(null, texts.t("groups.ui.members.name"), texts.t("groups.ui.members.role"),
                texts.t("groups.ui.members.institution"), texts.t("groups.ui.members.period"),
                texts.t("groups.ui.members.why-left"));
        table.setId("former-members");
        for (Member m : members) {
            Parts.row(table, person(m.personId(), m.displayName()), texts.role(m.role()),
                    m.institutionName() == null ? texts.t("groups.ui.personal-capacity") : m.institutionName(),
                    texts.t("groups.ui.period", texts.date(texts.day(m.joinedAt())), texts.date(texts.day(m.leftAt()))),
                    endReason(m.endReason()));
        }
        section.add(table);
        return section;
    }

    private String endReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String label = texts.t("groups.ui.members.end." + reason.toLowerCase(java.util.Locale.ROOT));
        return label.startsWith("!") ? reason : label;
    }

    /** A link to the person, or a plain note when their name is not shown to this viewer. */
    private Component person(long personId, String name) {
        if (personId == 0 || name == null) {
            return new Span(texts.t("groups.ui.seat.name-hidden"));
        }
        return new Anchor("people/" + personId, name);
    }

    private Component roleSelect(Member m) {
        Select<GroupRole> role = new Select<>();
        role.setItems(GroupRole.values());
        role.setItemLabelGenerator(texts::role);
        role.setValue(m.role());
        role.setAriaLabel(texts.t("groups.ui.members.role-of", m.displayName()));
        role.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue() == e.getOldValue() || !e.isFromClient()) {
                return;
            }
            try {
                page.groups.changeRole(page.id(), m.personId(), e.getValue());
                Parts.done(texts.t("groups.ui.members.role-changed", m.displayName(), texts.role(e.getValue())));
                page.reload();
            } catch (GroupException ex) {
                role.setValue(e.getOldValue());
                role.setErrorMessage(texts.errorMessage(ex));
                role.setInvalid(true);
                page.error(ex);
            }
        });
        return role;
    }

    private Component removeButton(Member m) {
        Button remove = new Button(texts.t("groups.ui.members.remove"), e -> confirmRemove(m));
        remove.setAriaLabel(texts.t("groups.ui.members.remove-label", m.displayName()));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        return remove;
    }

    private void confirmRemove(Member m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.t("groups.ui.members.remove.title", m.displayName()));
        TextField reason = new TextField(texts.t("groups.ui.members.remove.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(texts.t("groups.ui.members.remove"), e -> {
            try {
                page.groups.remove(page.id(), m.personId(), reason.getValue());
                dialog.close();
                Parts.done(texts.t("groups.ui.members.removed", m.displayName()));
                page.reload();
            } catch (GroupException ex) {
                reason.setErrorMessage(texts.errorMessage(ex));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(texts.t("groups.ui.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    // ------------------------------------------------------------------ requests and invitations

    private Component requests() {
        Section section = new Section(new H3(texts.t("groups.ui.requests.title")));
        section.setId("join-requests");
        List<JoinRequest> open;
        try {
            open = page.groups.openRequests(page.id());
        } catch (GroupException e) {
            open = List.of();
        }
        if (open.isEmpty()) {
            section.add(new Paragraph(texts.t("groups.ui.requests.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (JoinRequest r : open) {
            ListItem item = new ListItem();
            item.addClassName("ts-group-request");
            String date = texts.date(texts.day(r.createdAt()));
            if (r.kind() == JoinRequest.Kind.INVITATION) {
                item.add(new Paragraph(texts.t("groups.ui.requests.invited", r.displayName(),
                        GroupTexts.nz(r.invitedByName()), date)));
            } else {
                item.add(new Paragraph(r.institutionName() == null
                        ? texts.t("groups.ui.requests.asked", r.displayName(), date)
                        : texts.t("groups.ui.requests.asked-for", r.displayName(), r.institutionName(), date)));
                if (r.message() != null && !r.message().isBlank()) {
                    Paragraph message = new Paragraph(r.message());
                    message.addClassName("ts-group-quote");
                    item.add(message);
                }
                TextField note = new TextField(texts.t("groups.ui.requests.note", r.displayName()));
                note.setMaxLength(500);
                Button approve = new Button(texts.t("groups.ui.requests.approve"), e -> answer(
                        () -> page.groups.approve(r.id()), note, "groups.ui.requests.approved", r.displayName()));
                approve.setAriaLabel(texts.t("groups.ui.requests.approve-label", r.displayName()));
                approve.addThemeVariants(ButtonVariant.PRIMARY);
                Button decline = new Button(texts.t("groups.ui.requests.decline"), e -> answer(
                        () -> page.groups.decline(r.id(), note.getValue()), note, "groups.ui.requests.declined",
                        r.displayName()));
                decline.setAriaLabel(texts.t("groups.ui.requests.decline-label", r.displayName()));
                item.add(new FlexLayout(note, approve, decline));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private void answer(Runnable action, TextField note, String doneKey, String name) {
        try {
            action.run();
            Parts.done(texts.t(doneKey, name));
            page.reload();
        } catch (GroupException e) {
            note.setErrorMessage(texts.errorMessage(e));
            note.setInvalid(true);
        }
    }

    private Component invite() {
        Section section = new Section(new H3(texts.t("groups.ui.invite.title")));
        section.setId("invite");
        ComboBox<FinderResult.Item> person = new ComboBox<>(texts.t("groups.ui.invite.person"));
        person.setHelperText(texts.t("groups.ui.invite.person.help"));
        person.setItemLabelGenerator(i -> i.institution() == null ? i.displayName()
                : i.displayName() + " (" + i.institution() + ")");
        person.setItems(query -> {
            String filter = query.getFilter().orElse("").strip();
            int offset = query.getOffset();
            int limit = query.getLimit();
            if (filter.length() < 2 || offset > 0) {
                return Stream.empty();
            }
            try {
                return page.finder.search(FinderQuery.of(filter).withPage(0, Math.min(limit, 20)),
                        page.viewers.current()).items().stream();
            } catch (SearchIndexException e) {
                return Stream.empty();
            }
        });
        person.setWidth("24rem");
        TextArea message = new TextArea(texts.t("groups.ui.invite.message"));
        message.setMaxLength(OverviewTab.MAX_MESSAGE);
        message.setWidthFull();
        Button send = new Button(texts.t("groups.ui.invite.send"), e -> {
            person.setInvalid(false);
            if (person.getValue() == null) {
                person.setErrorMessage(texts.t("groups.ui.invite.person.required"));
                person.setInvalid(true);
                return;
            }
            try {
                page.groups.invite(page.id(), person.getValue().id(), message.getValue(), null);
                Parts.done(texts.t("groups.ui.invite.sent", person.getValue().displayName()));
                page.reload();
            } catch (GroupException ex) {
                TextArea target = "message".equals(ex.field()) ? message : null;
                if (target != null) {
                    target.setErrorMessage(texts.errorMessage(ex));
                    target.setInvalid(true);
                } else {
                    person.setErrorMessage(texts.errorMessage(ex));
                    person.setInvalid(true);
                }
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(person, message, send);
        return section;
    }

    // ------------------------------------------------------------------ seats

    private void fillSeats() {
        seatsSection.removeAll();
        seatsSection.add(new H3(texts.t("groups.ui.seats.title")));
        seatsSection.add(new Paragraph(texts.t("groups.ui.seats.intro")));
        List<Seat> seats = page.seats.seats(page.id());
        if (seats.isEmpty()) {
            seatsSection.add(new Paragraph(texts.t("groups.ui.seats.none")));
        }
        Map<String, List<Seat>> byInstitution = new LinkedHashMap<>();
        for (Seat seat : seats) {
            byInstitution.computeIfAbsent(seat.institutionName(), k -> new ArrayList<>()).add(seat);
        }
        byInstitution.forEach((institution, list) -> {
            seatsSection.add(new H4(institution));
            UnorderedList ul = new UnorderedList();
            ul.addClassName("ts-group-seats");
            list.forEach(seat -> ul.add(seat(seat)));
            seatsSection.add(ul);
        });
        if (page.manage()) {
            seatsSection.add(newSeatForm());
        }
    }

    private Component seat(Seat seat) {
        ListItem item = new ListItem();
        item.addClassName("ts-group-seat");
        item.setId("seat-" + seat.id());
        Span title = new Span(seat.title());
        title.addClassName("ts-group-seat-title");
        item.add(title);
        if (seat.retired()) {
            item.add(new Span(" "), Parts.badge(texts.t("groups.ui.seat.retired"), "contrast", null));
        }
        Paragraph holder = new Paragraph();
        holder.setId("seat-" + seat.id() + "-holder");
        if (seat.holder() != null) {
            holder.add(new Span(texts.t("groups.ui.seat.holder-label") + " "),
                    person(seat.holder().personId(), seat.holder().displayName()),
                    new Span(" " + occupantDates(seat.holder())));
        } else if (!seat.retired()) {
            holder.add(Parts.badge(texts.vacancy(seat), "error", VaadinIcon.EXCLAMATION_CIRCLE_O));
        }
        item.add(holder);
        Paragraph deputy = new Paragraph();
        deputy.setId("seat-" + seat.id() + "-deputy");
        if (seat.deputy() != null) {
            deputy.add(new Span(texts.t("groups.ui.seat.deputy-label") + " "),
                    person(seat.deputy().personId(), seat.deputy().displayName()),
                    new Span(" " + occupantDates(seat.deputy())));
        } else if (!seat.retired()) {
            deputy.setText(texts.t("groups.ui.seat.no-deputy"));
        }
        item.add(deputy);
        if (seat.description() != null && !seat.description().isBlank()) {
            item.add(new Paragraph(seat.description()));
        }
        if (seat.handoverOpen()) {
            RouterLink handover = new RouterLink(texts.t("groups.ui.seat.handover-open"), HandoverView.class,
                    new RouteParameters("id", Long.toString(seat.openHandoverId())));
            item.add(new Paragraph(handover));
        }
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("ts-group-buttons");
        if (page.member()) {
            buttons.add(button("groups.ui.seat.history", "groups.ui.seat.history-label", seat, () -> showHistory(seat)));
        }
        if (page.manage() && !seat.retired()) {
            buttons.add(button("groups.ui.seat.assign-holder", "groups.ui.seat.assign-holder-label", seat,
                    () -> assign(seat, SeatAssignment.Kind.HOLDER)));
            buttons.add(button("groups.ui.seat.assign-deputy", "groups.ui.seat.assign-deputy-label", seat,
                    () -> assign(seat, SeatAssignment.Kind.DEPUTY)));
        }
        boolean holderIsMe = seat.holder() != null && Objects.equals(page.myPersonId(), seat.holder().personId());
        if (seat.holder() != null && !seat.handoverOpen() && !seat.retired() && (page.manage() || holderIsMe)) {
            buttons.add(button("groups.ui.seat.start-handover", "groups.ui.seat.start-handover-label", seat,
                    () -> startHandover(seat)));
        }
        if (page.manage() && !seat.retired()) {
            Button retire = button("groups.ui.seat.retire", "groups.ui.seat.retire-label", seat, () -> retire(seat));
            retire.addThemeVariants(ButtonVariant.ERROR);
            buttons.add(retire);
        }
        item.add(buttons);
        return item;
    }

    private String occupantDates(Seat.Occupant o) {
        return o.endsOn() == null ? texts.t("groups.ui.seat.since", texts.date(o.startedOn()))
                : texts.t("groups.ui.seat.since-until", texts.date(o.startedOn()), texts.date(o.endsOn()));
    }

    private Button button(String textKey, String labelKey, Seat seat, Runnable action) {
        Button b = new Button(texts.t(textKey), e -> action.run());
        b.setAriaLabel(texts.t(labelKey, seat.title(), seat.institutionName()));
        b.addThemeVariants(ButtonVariant.TERTIARY);
        return b;
    }

    void showHistory(Seat seat) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.t("groups.ui.seat.history.title", seat.title(), seat.institutionName()));
        try {
            List<SeatAssignment> history = page.seats.seatHistory(page.id(), seat.id());
            if (history.isEmpty()) {
                dialog.add(new Paragraph(texts.t("groups.ui.seat.history.none")));
            } else {
                NativeTable table = Parts.table(texts.t("groups.ui.seat.history.caption", seat.title()),
                        texts.t("groups.ui.members.name"), texts.t("groups.ui.seat.history.as"),
                        texts.t("groups.ui.seat.history.from"), texts.t("groups.ui.seat.history.to"),
                        texts.t("groups.ui.seat.history.why"), texts.t("groups.ui.seat.history.by"));
                table.setId("seat-history");
                for (SeatAssignment a : history) {
                    Parts.row(table, person(a.personId(), a.displayName()), texts.assignmentKind(a.kind()),
                            texts.date(a.startedOn()),
                            a.endedOn() == null ? texts.t("groups.ui.seat.history.current") : texts.date(a.endedOn()),
                            texts.endReason(a.endReason()), GroupTexts.nz(a.assignedByName()));
                }
                dialog.add(table);
            }
        } catch (GroupException e) {
            dialog.add(new Paragraph(texts.errorMessage(e)));
        }
        dialog.getFooter().add(new Button(texts.t("groups.ui.close"), e -> dialog.close()));
        dialog.open();
    }

    private void assign(Seat seat, SeatAssignment.Kind kind) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.t("groups.ui.seat.assign.title", texts.assignmentKind(kind), seat.title(),
                seat.institutionName()));
        ComboBox<PersonSummary> person = new ComboBox<>(texts.t("groups.ui.seat.assign.person", seat.institutionName()));
        person.setItems(candidates(seat.institutionId()));
        person.setItemLabelGenerator(PersonSummary::displayName);
        person.setHelperText(texts.t("groups.ui.seat.assign.person.help"));
        person.setRequiredIndicatorVisible(true);
        person.setWidthFull();
        DatePicker from = new DatePicker(texts.t("groups.ui.seat.assign.from"));
        from.setValue(texts.today());
        from.setMax(texts.today());
        from.setLocale(texts.locale());
        dialog.add(new FormLayout(person, from));
        Button save = new Button(texts.t("groups.ui.seat.assign.save"), e -> {
            person.setInvalid(false);
            from.setInvalid(false);
            if (person.getValue() == null) {
                person.setErrorMessage(texts.t("groups.ui.seat.assign.person.required"));
                person.setInvalid(true);
                return;
            }
            try {
                page.seats.assign(page.id(), seat.id(), new NewAssignment(person.getValue().id(), kind, from.getValue()));
                dialog.close();
                Parts.done(texts.t("groups.ui.seat.assigned", person.getValue().displayName(), seat.title()));
                page.reload();
            } catch (GroupException ex) {
                if ("startedOn".equals(ex.field())) {
                    from.setErrorMessage(texts.errorMessage(ex));
                    from.setInvalid(true);
                } else {
                    person.setErrorMessage(texts.errorMessage(ex));
                    person.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(texts.t("groups.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** People currently affiliated with the institution (the only ones who may hold its seats). */
    private List<PersonSummary> candidates(long institutionId) {
        return page.people.personIdsAffiliatedWith(institutionId).stream().limit(MAX_CANDIDATES)
                .map(page.people::find).flatMap(java.util.Optional::stream)
                .filter(p -> p.current().stream().anyMatch(a -> a.institutionId() == institutionId))
                .sorted(java.util.Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private void startHandover(Seat seat) {
        try {
            Handover handover = page.handovers.start(page.id(), seat.id());
            UI.getCurrent().navigate(HandoverView.class, new RouteParameters("id", Long.toString(handover.id())));
        } catch (GroupException e) {
            page.error(e);
        }
    }

    private void retire(Seat seat) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.t("groups.ui.seat.retire.title", seat.title(), seat.institutionName()));
        dialog.add(new Paragraph(texts.t("groups.ui.seat.retire.explain")));
        Button confirm = new Button(texts.t("groups.ui.seat.retire"), e -> {
            dialog.close();
            try {
                page.seats.retireSeat(page.id(), seat.id());
                page.reload();
            } catch (GroupException ex) {
                page.error(ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(texts.t("groups.ui.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Component newSeatForm() {
        Section section = new Section(new H4(texts.t("groups.ui.seat.new.title")));
        section.setId("new-seat");
        Select<OwnerInstitution> institution = new Select<>();
        institution.setLabel(texts.t("groups.ui.seat.new.institution"));
        institution.setItems(GroupTexts.orEmpty(page.group.institutions()));
        institution.setItemLabelGenerator(OwnerInstitution::name);
        institution.setRequiredIndicatorVisible(true);
        TextField title = new TextField(texts.t("groups.ui.seat.new.seat-title"));
        title.setHelperText(texts.t("groups.ui.seat.new.seat-title.help"));
        title.setMaxLength(150);
        title.setRequiredIndicatorVisible(true);
        ComboBox<String> role = new ComboBox<>(texts.t("groups.ui.seat.new.role"));
        role.setItems(page.vocabularies.terms(Vocabulary.ROLE, texts.locale()).stream().map(Term::code).toList());
        role.setItemLabelGenerator(code -> page.vocabularies.label(Vocabulary.ROLE, code, texts.locale()));
        role.setClearButtonVisible(true);
        TextArea description = new TextArea(texts.t("groups.ui.seat.new.description"));
        description.setMaxLength(1000);
        Button create = new Button(texts.t("groups.ui.seat.new.create"), e -> {
            institution.setInvalid(false);
            title.setInvalid(false);
            boolean ok = true;
            if (institution.getValue() == null) {
                institution.setErrorMessage(texts.t("groups.ui.seat.new.institution.required"));
                institution.setInvalid(true);
                ok = false;
            }
            if (title.getValue().isBlank()) {
                title.setErrorMessage(texts.t("groups.ui.seat.new.seat-title.required"));
                title.setInvalid(true);
                ok = false;
            }
            if (!ok) {
                return;
            }
            try {
                page.seats.createSeat(page.id(), new NewSeat(institution.getValue().id(), title.getValue().strip(),
                        role.getValue(), description.getValue().isBlank() ? null : description.getValue()));
                Parts.done(texts.t("groups.ui.seat.new.created", title.getValue().strip()));
                page.reload();
            } catch (GroupException ex) {
                String text = texts.errorMessage(ex);
                switch (ex.field() == null ? "" : ex.field()) {
                    case "institutionId" -> {
                        institution.setErrorMessage(text);
                        institution.setInvalid(true);
                    }
                    case "roleCode" -> {
                        role.setErrorMessage(text);
                        role.setInvalid(true);
                    }
                    case "description" -> {
                        description.setErrorMessage(text);
                        description.setInvalid(true);
                    }
                    default -> {
                        title.setErrorMessage(text);
                        title.setInvalid(true);
                    }
                }
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(institution, title, role, description);
        section.add(form, create);
        return section;
    }
}
