package org.thirdspace.groups.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.thirdspace.groups.Handover;
import org.thirdspace.groups.HandoverContact;
import org.thirdspace.groups.HandoverNote;
import org.thirdspace.groups.HandoverService;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * One handover of a seat: who is leaving it and what state it is in; the structured note (written
 * by the outgoing person or a facilitator, with a live preview of its Markdown); nominating a
 * successor from the seat's institution; and, for the nominee, accepting or declining. Once
 * accepted, the note is read-only and lists the contacts the successor was introduced to.
 */
@Route("handovers/:id([0-9]+)")
@PermitAll
public class HandoverView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The note's sections: field name, label key and accessor. */
    static final Map<String, Function<HandoverNote, String>> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("liveAgreements", HandoverNote::liveAgreements);
        SECTIONS.put("partnerContacts", HandoverNote::partnerContacts);
        SECTIONS.put("openIssues", HandoverNote::openIssues);
        SECTIONS.put("yearlyCalendar", HandoverNote::yearlyCalendar);
        SECTIONS.put("other", HandoverNote::other);
    }

    private final HandoverService handovers;
    private final MarkdownRenderer markdown;
    private final GroupTexts texts;
    final H1 heading = new H1();
    final Paragraph status = new Paragraph();
    final Map<String, TextArea> noteFields = new LinkedHashMap<>();
    final ComboBox<PersonSummary> successor = new ComboBox<>();
    final TextField declineReason = new TextField();
    private long handoverId;
    private String title = "";

    public HandoverView(HandoverService handovers, MarkdownRenderer markdown, Vocabularies vocabularies, Clock clock) {
        this.handovers = handovers;
        this.markdown = markdown;
        this.texts = new GroupTexts(this, vocabularies, clock);
        addClassName("ts-group-handover");
        status.setId("handover-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        handoverId = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private Optional<Handover> load() {
        try {
            return handoverId < 0 ? Optional.empty() : Optional.ofNullable(handovers.handover(handoverId));
        } catch (org.thirdspace.groups.GroupException e) {
            return Optional.empty();
        }
    }

    private void show() {
        removeAll();
        noteFields.clear();
        successor.clear();
        successor.setInvalid(false);
        declineReason.clear();
        declineReason.setInvalid(false);
        Optional<Handover> loaded = load();
        if (loaded.isEmpty()) {
            title = getTranslation("groups.ui.handover.not-found.title");
            heading.setText(title);
            add(heading, new Paragraph(getTranslation("groups.ui.handover.not-found")));
            return;
        }
        Handover h = loaded.get();
        title = getTranslation("groups.ui.handover.heading", h.seatTitle(), h.institutionName());
        heading.setText(title);
        add(heading, facts(h), status);
        Handover.HandoverPermissions p = h.permissions() == null
                ? new Handover.HandoverPermissions(false, false, false) : h.permissions();
        if (p.answer() && h.status() == Handover.Status.NOMINATED) {
            add(answer(h));
        }
        boolean editable = p.writeNote() && h.status() != Handover.Status.ACCEPTED
                && h.status() != Handover.Status.CANCELLED;
        add(editable ? noteForm(h) : noteReadOnly(h));
        add(successorSection(h, p));
        if (h.status() == Handover.Status.ACCEPTED) {
            add(contacts(h));
        }
    }

    private Component facts(Handover h) {
        DescriptionList list = new DescriptionList();
        list.addClassName("ts-group-facts");
        list.setId("handover-facts");
        fact(list, "groups.ui.handovers.group", new RouterLink(h.groupName(), GroupView.class,
                new RouteParameters("id", Long.toString(h.groupId()))));
        fact(list, "groups.ui.handovers.seat", h.seatTitle());
        fact(list, "groups.ui.members.institution", h.institutionName());
        fact(list, "groups.ui.handovers.outgoing", new Anchor("people/" + h.outgoingPersonId(), h.outgoingName()));
        fact(list, "groups.ui.handovers.status", HandoversTab.status(texts, h));
        fact(list, "groups.ui.handover.opened", texts.date(texts.day(h.openedAt())));
        if (h.dueOn() != null) {
            fact(list, "groups.ui.handovers.due", HandoversTab.due(texts, h));
        }
        if (h.acceptedAt() != null) {
            fact(list, "groups.ui.handover.accepted-on", texts.date(texts.day(h.acceptedAt())));
        }
        if (h.declinedReason() != null && !h.declinedReason().isBlank()) {
            fact(list, "groups.ui.handover.declined-reason", h.declinedReason());
        }
        return list;
    }

    private void fact(DescriptionList list, String key, Object value) {
        list.add(new DescriptionList.Term(getTranslation(key)), value instanceof Component c
                ? new DescriptionList.Description(c) : new DescriptionList.Description(String.valueOf(value)));
    }

    // ------------------------------------------------------------------ the note

    private Component noteForm(Handover h) {
        Section section = new Section(new H2(getTranslation("groups.ui.handover.note")));
        section.setId("handover-note");
        section.add(new Paragraph(getTranslation("groups.ui.handover.note.intro")));
        HandoverNote note = h.note() == null ? HandoverNote.EMPTY : h.note();
        SECTIONS.forEach((field, value) -> {
            TextArea area = new TextArea(getTranslation("groups.ui.handover.section." + field));
            area.setHelperText(getTranslation("groups.ui.handover.section." + field + ".help"));
            area.setMaxLength(4000);
            area.setWidthFull();
            area.setValue(GroupTexts.nz(value.apply(note)));
            area.setValueChangeMode(ValueChangeMode.LAZY);
            Div preview = new Div();
            preview.addClassName("ts-group-preview");
            preview.setId("preview-" + field);
            preview.getElement().setAttribute("aria-live", "polite");
            preview.getElement().setAttribute("aria-label",
                    getTranslation("groups.ui.handover.preview", area.getLabel()));
            Runnable render = () -> preview.getElement().setProperty("innerHTML", markdown.toHtml(area.getValue()));
            render.run();
            area.addValueChangeListener(e -> render.run());
            com.vaadin.flow.component.html.Span previewLabel = new com.vaadin.flow.component.html.Span(
                    getTranslation("groups.ui.handover.preview", area.getLabel()));
            previewLabel.addClassName("ts-group-preview-label");
            previewLabel.getElement().setAttribute("aria-hidden", "true");
            noteFields.put(field, area);
            section.add(area, previewLabel, preview);
        });
        if (h.noteUpdatedAt() != null) {
            section.add(new Paragraph(getTranslation("groups.ui.handover.note.saved-by",
                    GroupTexts.nz(h.noteUpdatedByName()), texts.dateTime(h.noteUpdatedAt()))));
        }
        Button save = new Button(getTranslation("groups.ui.handover.note.save"), e -> saveNote());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(save);
        return section;
    }

    void saveNote() {
        noteFields.values().forEach(f -> f.setInvalid(false));
        HandoverNote note = new HandoverNote(value("liveAgreements"), value("partnerContacts"), value("openIssues"),
                value("yearlyCalendar"), value("other"));
        try {
            handovers.saveNote(handoverId, note);
            Parts.done(getTranslation("groups.ui.handover.note.saved"));
            show();
            status.setText(getTranslation("groups.ui.handover.note.saved"));
        } catch (org.thirdspace.groups.GroupException e) {
            String text = texts.errorMessage(e);
            TextArea target = e.field() == null ? null : noteFields.get(e.field().replaceAll(".*\\.", ""));
            if (target != null) {
                target.setErrorMessage(text);
                target.setInvalid(true);
            }
            status.setText(text);
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                TextArea target = noteFields.get(path.substring(path.lastIndexOf('.') + 1));
                if (target != null) {
                    target.setErrorMessage(v.getMessage());
                    target.setInvalid(true);
                }
            }
        }
    }

    private String value(String field) {
        String v = noteFields.get(field).getValue();
        return v == null || v.isBlank() ? null : v;
    }

    private Component noteReadOnly(Handover h) {
        Section section = new Section(new H2(getTranslation("groups.ui.handover.note")));
        section.setId("handover-note");
        HandoverNote html = h.noteHtml();
        if (html == null || html.isEmpty()) {
            section.add(new Paragraph(getTranslation("groups.ui.handover.note.none")));
            return section;
        }
        SECTIONS.forEach((field, value) -> {
            String content = value.apply(html);
            if (content != null && !content.isBlank()) {
                section.add(new H3(getTranslation("groups.ui.handover.section." + field)),
                        Parts.html(content, "ts-group-markdown"));
            }
        });
        if (h.noteUpdatedAt() != null) {
            section.add(new Paragraph(getTranslation("groups.ui.handover.note.saved-by",
                    GroupTexts.nz(h.noteUpdatedByName()), texts.dateTime(h.noteUpdatedAt()))));
        }
        return section;
    }

    // ------------------------------------------------------------------ successor

    private Component successorSection(Handover h, Handover.HandoverPermissions p) {
        Section section = new Section(new H2(getTranslation("groups.ui.handover.successor")));
        section.setId("handover-successor");
        switch (h.status()) {
            case NOMINATED -> section.add(new Paragraph(getTranslation("groups.ui.handover.nominated",
                    GroupTexts.nz(h.successorName()), texts.date(texts.day(h.nominatedAt())))));
            case ACCEPTED -> section.add(new Paragraph(getTranslation("groups.ui.handover.accepted",
                    GroupTexts.nz(h.successorName()), texts.date(texts.day(h.acceptedAt())))));
            case CANCELLED -> section.add(new Paragraph(getTranslation("groups.ui.handover.cancelled")));
            default -> section.add(new Paragraph(getTranslation("groups.ui.handover.no-successor")));
        }
        if (p.nominate() && (h.status() == Handover.Status.OPEN || h.status() == Handover.Status.NOMINATED)) {
            successor.setLabel(getTranslation("groups.ui.handover.nominate.person", h.institutionName()));
            successor.setHelperText(getTranslation("groups.ui.handover.nominate.help"));
            successor.setItemLabelGenerator(PersonSummary::displayName);
            List<PersonSummary> candidates;
            try {
                candidates = handovers.successorCandidates(handoverId);
            } catch (org.thirdspace.groups.GroupException e) {
                candidates = List.of();
            }
            successor.setItems(candidates);
            successor.setWidth("24rem");
            Button nominate = new Button(getTranslation("groups.ui.handover.nominate"), e -> nominate());
            nominate.addThemeVariants(ButtonVariant.PRIMARY);
            FlexLayout row = new FlexLayout(successor, nominate);
            row.addClassName("ts-group-buttons");
            section.add(row);
            if (candidates.isEmpty()) {
                section.add(new Paragraph(getTranslation("groups.ui.handover.nominate.nobody", h.institutionName())));
            }
        }
        return section;
    }

    void nominate() {
        successor.setInvalid(false);
        if (successor.getValue() == null) {
            successor.setErrorMessage(getTranslation("groups.ui.handover.nominate.required"));
            successor.setInvalid(true);
            return;
        }
        try {
            String name = successor.getValue().displayName();
            handovers.nominate(handoverId, successor.getValue().id());
            show();
            status.setText(getTranslation("groups.ui.handover.nominate.done", name));
        } catch (org.thirdspace.groups.GroupException e) {
            successor.setErrorMessage(texts.errorMessage(e));
            successor.setInvalid(true);
        }
    }

    private Component answer(Handover h) {
        Section section = new Section(new H2(getTranslation("groups.ui.handover.answer")));
        section.setId("handover-answer");
        section.addClassName("ts-group-banner");
        section.add(new Paragraph(getTranslation("groups.ui.handover.answer.explain", h.seatTitle(),
                h.institutionName(), h.groupName())));
        Button accept = new Button(getTranslation("groups.ui.handover.accept"), e -> accept());
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        declineReason.setLabel(getTranslation("groups.ui.handover.decline.reason"));
        declineReason.setMaxLength(500);
        Button decline = new Button(getTranslation("groups.ui.handover.decline"), e -> decline());
        FlexLayout row = new FlexLayout(accept, declineReason, decline);
        row.addClassName("ts-group-buttons");
        section.add(row);
        return section;
    }

    void accept() {
        try {
            handovers.accept(handoverId);
            show();
            status.setText(getTranslation("groups.ui.handover.accept.done"));
        } catch (org.thirdspace.groups.GroupException e) {
            status.setText(texts.errorMessage(e));
            Parts.error(texts.errorMessage(e));
        }
    }

    void decline() {
        try {
            handovers.decline(handoverId, declineReason.getValue().isBlank() ? null : declineReason.getValue());
            show();
            status.setText(getTranslation("groups.ui.handover.decline.done"));
        } catch (org.thirdspace.groups.GroupException e) {
            declineReason.setErrorMessage(texts.errorMessage(e));
            declineReason.setInvalid(true);
        }
    }

    private Component contacts(Handover h) {
        Section section = new Section(new H2(getTranslation("groups.ui.handover.contacts")));
        section.setId("handover-contacts");
        List<HandoverContact> contacts = GroupTexts.orEmpty(h.contacts());
        if (contacts.isEmpty()) {
            section.add(new Paragraph(getTranslation("groups.ui.handover.contacts.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("groups.ui.handover.contacts.intro", GroupTexts.nz(h.successorName()))));
        UnorderedList list = new UnorderedList();
        for (HandoverContact c : contacts) {
            list.add(new ListItem(new Anchor("people/" + c.personId(), c.displayName()),
                    new com.vaadin.flow.component.html.Span(" \u2013 " + getTranslation("groups.ui.handovers.seat-at",
                            c.seatTitle(), c.institutionName()))));
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 ThirdSpace";
    }
}
