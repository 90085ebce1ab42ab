package org.thirdspace.groups.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.Meeting;
import org.thirdspace.groups.Member;
import org.thirdspace.groups.NewMeeting;

/** The meetings and events log of a group, and the form members log one with. */
class MeetingsTab extends Section {

    private final GroupPage page;
    private final GroupTexts texts;
    final DatePicker heldOn = new DatePicker();
    final TextField title = new TextField();
    final TextArea notes = new TextArea();
    final MultiSelectComboBox<Member> attendees = new MultiSelectComboBox<>();
    final Section log = new Section();

    MeetingsTab(GroupPage page) {
        this.page = page;
        this.texts = page.texts;
        setId("group-meetings");
        add(new H2(texts.t("groups.ui.tab.meetings")));
        add(form());
        log.add(new H3(texts.t("groups.ui.meetings.log")));
        add(log);
        fillLog();
    }

    private Component form() {
        Section section = new Section(new H3(texts.t("groups.ui.meetings.new")));
        heldOn.setLabel(texts.t("groups.ui.meetings.date"));
        heldOn.setValue(texts.today());
        heldOn.setRequiredIndicatorVisible(true);
        heldOn.setLocale(texts.locale());
        title.setLabel(texts.t("groups.ui.meetings.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        notes.setLabel(texts.t("groups.ui.meetings.notes"));
        notes.setHelperText(texts.t("groups.ui.field.markdown.help"));
        notes.setMaxLength(8000);
        attendees.setLabel(texts.t("groups.ui.meetings.attendees"));
        attendees.setHelperText(texts.t("groups.ui.meetings.attendees.help"));
        attendees.setItems(people());
        attendees.setItemLabelGenerator(m -> m.current() ? m.displayName()
                : texts.t("groups.ui.meetings.former-member", m.displayName()));
        Button save = new Button(texts.t("groups.ui.meetings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout layout = new FormLayout(heldOn, title, notes, attendees);
        layout.setColspan(notes, 2);
        layout.setColspan(attendees, 2);
        section.add(layout, save);
        return section;
    }

    /** Current and former members, each person once (their latest stint). */
    private List<Member> people() {
        Map<Long, Member> byPerson = new LinkedHashMap<>();
        for (Member m : page.groups.members(page.id(), true)) {
            byPerson.putIfAbsent(m.personId(), m);
        }
        return List.copyOf(byPerson.values());
    }

    void save() {
        heldOn.setInvalid(false);
        title.setInvalid(false);
        notes.setInvalid(false);
        boolean ok = true;
        if (heldOn.getValue() == null) {
            heldOn.setErrorMessage(texts.t("groups.ui.meetings.date.required"));
            heldOn.setInvalid(true);
            ok = false;
        }
        if (title.getValue().isBlank()) {
            title.setErrorMessage(texts.t("groups.ui.meetings.title.required"));
            title.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            page.records.addMeeting(page.id(), new NewMeeting(heldOn.getValue(), title.getValue().strip(),
                    notes.getValue().isBlank() ? null : notes.getValue(),
                    attendees.getValue().stream().map(Member::personId).collect(Collectors.toSet())));
            Parts.done(texts.t("groups.ui.meetings.saved", title.getValue().strip()));
            title.clear();
            notes.clear();
            attendees.clear();
            fillLog();
        } catch (GroupException e) {
            String text = texts.errorMessage(e);
            if ("heldOn".equals(e.field())) {
                heldOn.setErrorMessage(text);
                heldOn.setInvalid(true);
            } else if ("notes".equals(e.field())) {
                notes.setErrorMessage(text);
                notes.setInvalid(true);
            } else if ("attendeePersonIds".equals(e.field())) {
                attendees.setErrorMessage(text);
                attendees.setInvalid(true);
            } else {
                title.setErrorMessage(text);
                title.setInvalid(true);
            }
        } catch (ConstraintViolationException e) {
            title.setErrorMessage(e.getConstraintViolations().iterator().next().getMessage());
            title.setInvalid(true);
        }
    }

    private void fillLog() {
        log.getChildren().skip(1).toList().forEach(log::remove);
        List<Meeting> meetings = page.records.meetings(page.id());
        if (meetings.isEmpty()) {
            log.add(new Paragraph(texts.t("groups.ui.meetings.none")));
            return;
        }
        for (Meeting m : meetings) {
            Article article = new Article();
            article.addClassName("ts-group-meeting");
            H4 heading = new H4();
            heading.getElement().appendChild(Parts.time(texts.date(m.heldOn()), m.heldOn()));
            heading.add(new com.vaadin.flow.component.html.Span(": " + m.title()));
            article.add(heading);
            if (m.notesHtml() != null && !m.notesHtml().isBlank()) {
                article.add(Parts.html(m.notesHtml(), "ts-group-markdown"));
            }
            if (m.attendees() != null && !m.attendees().isEmpty()) {
                article.add(new Paragraph(texts.t("groups.ui.meetings.attended", m.attendees().stream()
                        .map(Meeting.Attendee::displayName).collect(Collectors.joining(", ")))));
            }
            article.add(new Paragraph(texts.t("groups.ui.meetings.recorded", GroupTexts.nz(m.recordedByName()),
                    texts.date(texts.day(m.recordedAt())))));
            log.add(article);
        }
    }
}
