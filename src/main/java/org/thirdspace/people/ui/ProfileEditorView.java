package org.thirdspace.people.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;

import org.springframework.data.domain.PageRequest;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.people.AffiliationChange;
import org.thirdspace.people.AffiliationSummary;
import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.InvalidProfileException;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.people.NewAffiliation;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.Profile;
import org.thirdspace.people.ProfileUpdate;
import org.thirdspace.people.Visibility;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/** The current user edits their own profile and affiliations. */
@Route("profile")
@PermitAll
@Menu(title = "people.menu.profile", order = 20, icon = "vaadin:user-card")
public class ProfileEditorView extends Div implements HasDynamicTitle {

    private final PeopleService people;
    private final InstitutionService institutions;
    private final Vocabularies vocabularies;

    final TextField headline = new TextField();
    final TextArea bio = new TextArea();
    final Div preview = new Div();
    final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> activities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> subjects = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> phases = new MultiSelectComboBox<>();
    final TextField topics = new TextField();
    final TextField credentials = new TextField();
    final TextField languages = new TextField();
    final Checkbox open = new Checkbox();
    final IntegerField capacity = new IntegerField();
    final Select<Availability.Mode> mode = new Select<>();
    final Checkbox showEmail = new Checkbox();
    final Checkbox acceptIntroductions = new Checkbox();
    final TextArea contactNote = new TextArea();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final Paragraph status = new Paragraph();

    final Grid<AffiliationSummary> affiliations = new Grid<>();
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final TextField jobTitle = new TextField();
    final DatePicker startedOn = new DatePicker();
    final DatePicker endedOn = new DatePicker();
    final Paragraph affiliationStatus = new Paragraph();
    private AffiliationSummary editing;
    private final long personId;

    public ProfileEditorView(PeopleService people, InstitutionService institutions, Vocabularies vocabularies) {
        this.people = people;
        this.institutions = institutions;
        this.vocabularies = vocabularies;
        Profile me = people.myProfile().orElseThrow();
        this.personId = me.personId();

        add(new H1(getTranslation("people.editor.title")), new Anchor("people/" + me.personId(),
                getTranslation("people.editor.view")));

        headline.setLabel(getTranslation("people.field.headline"));
        headline.setMaxLength(ProfileUpdate.MAX_HEADLINE);
        bio.setLabel(getTranslation("people.field.bio"));
        bio.setHelperText(getTranslation("people.field.bio.helper"));
        bio.setMaxLength(ProfileUpdate.MAX_BIO);
        bio.setValueChangeMode(ValueChangeMode.LAZY);
        bio.addValueChangeListener(e -> showPreview());
        preview.setId("bio-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        preview.getElement().setAttribute("aria-label", getTranslation("people.field.bio.preview"));
        vocab(roles, "people.field.roles", Vocabulary.ROLE);
        vocab(activities, "people.field.activities", Vocabulary.ACTIVITY_TYPE);
        vocab(subjects, "people.field.subjects", Vocabulary.SUBJECT);
        vocab(phases, "people.field.phases", Vocabulary.PHASE);
        for (var f : List.of(topics, credentials, languages)) {
            f.setHelperText(getTranslation("people.field.list.helper"));
        }
        topics.setLabel(getTranslation("people.field.topics"));
        credentials.setLabel(getTranslation("people.field.credentials"));
        languages.setLabel(getTranslation("people.field.languages"));
        open.setLabel(getTranslation("people.field.open"));
        capacity.setLabel(getTranslation("people.field.capacity"));
        capacity.setMin(0);
        capacity.setMax(ProfileUpdate.MAX_CAPACITY);
        mode.setLabel(getTranslation("people.field.mode"));
        mode.setItems(Availability.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("people.mode." + m.name()));
        showEmail.setLabel(getTranslation("people.field.show-email"));
        acceptIntroductions.setLabel(getTranslation("people.field.accept-introductions"));
        contactNote.setLabel(getTranslation("people.field.contact-note"));
        contactNote.setMaxLength(ProfileUpdate.MAX_CONTACT_NOTE);
        visibility.setLabel(getTranslation("people.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("people.visibility." + v.name()));
        status.setId("profile-status");
        status.getElement().setAttribute("role", "status");

        var save = new Button(getTranslation("people.editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new FormLayout(headline, bio, preview, roles, activities, subjects, phases, topics, credentials,
                languages, open, capacity, mode, showEmail, acceptIntroductions, contactNote, visibility);
        form.setColspan(bio, 2);
        form.setColspan(preview, 2);
        add(form, save, status);
        fill(me);

        add(affiliationSection(me));
    }

    private Section affiliationSection(Profile me) {
        affiliations.addColumn(AffiliationSummary::institutionName)
                .setHeader(getTranslation("people.affiliations.institution"));
        affiliations.addColumn(a -> a.jobTitle() == null ? "" : a.jobTitle())
                .setHeader(getTranslation("people.affiliations.job-title"));
        affiliations.addColumn(AffiliationSummary::startedOn).setHeader(getTranslation("people.affiliations.started"));
        affiliations.addColumn(a -> a.endedOn() == null ? getTranslation("people.affiliations.current")
                : a.endedOn().toString()).setHeader(getTranslation("people.affiliations.ended"));
        affiliations.addComponentColumn(a -> {
            var edit = new Button(getTranslation("people.affiliations.edit"), e -> edit(a));
            edit.setAriaLabel(getTranslation("people.affiliations.edit.label", a.institutionName()));
            var row = new HorizontalLayout(edit);
            if (a.endedOn() == null) {
                var end = new Button(getTranslation("people.affiliations.end"), e -> end(a));
                end.setAriaLabel(getTranslation("people.affiliations.end.label", a.institutionName()));
                row.add(end);
            }
            return row;
        });
        affiliations.setAllRowsVisible(true);
        affiliations.setItems(me.affiliations());

        institution.setLabel(getTranslation("people.affiliations.institution"));
        institution.setItemLabelGenerator(i -> i.name() + (i.town() == null ? "" : ", " + i.town()));
        institution.setItems(query -> institutions.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        jobTitle.setLabel(getTranslation("people.affiliations.job-title"));
        jobTitle.setMaxLength(150);
        startedOn.setLabel(getTranslation("people.affiliations.started"));
        endedOn.setLabel(getTranslation("people.affiliations.ended"));
        affiliationStatus.getElement().setAttribute("role", "status");
        var save = new Button(getTranslation("people.affiliations.save"), e -> saveAffiliation());
        var section = new Section(new H2(getTranslation("people.affiliations.title")), affiliations,
                new FormLayout(institution, jobTitle, startedOn, endedOn), save, affiliationStatus);
        return section;
    }

    private void vocab(MultiSelectComboBox<String> box, String labelKey, Vocabulary vocabulary) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(vocabularies.terms(vocabulary, getLocale()).stream().map(Term::code).toList());
        box.setItemLabelGenerator(code -> vocabularies.label(vocabulary, code, getLocale()));
    }

    private void fill(Profile p) {
        headline.setValue(nz(p.headline()));
        bio.setValue(nz(p.bioMarkdown()));
        roles.setValue(p.roles());
        activities.setValue(p.activities());
        subjects.setValue(p.subjects());
        phases.setValue(p.phases());
        topics.setValue(String.join(", ", p.topics()));
        credentials.setValue(String.join(", ", p.credentials()));
        languages.setValue(String.join(", ", p.languages()));
        open.setValue(p.availability().openToPartnerships());
        capacity.setValue(p.availability().capacity());
        mode.setValue(p.availability().mode());
        showEmail.setValue(p.contact().showEmail());
        acceptIntroductions.setValue(p.contact().acceptIntroductions());
        contactNote.setValue(nz(p.contact().note()));
        visibility.setValue(p.visibility());
        showPreview();
    }

    private void showPreview() {
        // sanitised HTML from the people service (allow-list)
        preview.getElement().setProperty("innerHTML", people.previewBio(bio.getValue()));
    }

    void save() {
        clearErrors();
        var update = new ProfileUpdate(null, headline.getValue(), bio.getValue(), new LinkedHashSet<>(roles.getValue()),
                new LinkedHashSet<>(activities.getValue()), new LinkedHashSet<>(subjects.getValue()),
                new LinkedHashSet<>(phases.getValue()), split(topics.getValue()), split(credentials.getValue()),
                split(languages.getValue()), new Availability(open.getValue(), capacity.getValue(), mode.getValue()),
                new ContactPreferences(showEmail.getValue(), acceptIntroductions.getValue(), contactNote.getValue()),
                visibility.getValue());
        try {
            fill(people.updateMyProfile(update));
            status.setText(getTranslation("people.editor.saved"));
        } catch (InvalidProfileException e) {
            error(e.field(), getTranslation(e.messageKey(), e.args()));
        } catch (PostingLimitExceeded e) {
            error("bioMarkdown", getTranslation(e.messageKey(), e.args()));
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf("update.") + "update.".length()).replaceAll("\\[.*", "");
                error(field, v.getMessage());
            });
        }
    }

    private void error(String field, String message) {
        HasValidation target = fields().getOrDefault(field.replaceAll("<.*", ""), null);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
        status.setText(getTranslation("people.editor.invalid"));
    }

    private Map<String, HasValidation> fields() {
        var map = new HashMap<String, HasValidation>();
        map.put("headline", headline);
        map.put("bioMarkdown", bio);
        map.put("roles", roles);
        map.put("activities", activities);
        map.put("subjects", subjects);
        map.put("phases", phases);
        map.put("topics", topics);
        map.put("credentials", credentials);
        map.put("languages", languages);
        map.put("availability.capacity", capacity);
        map.put("contact.note", contactNote);
        map.put("institutionId", institution);
        map.put("jobTitle", jobTitle);
        map.put("startedOn", startedOn);
        map.put("endedOn", endedOn);
        map.put("endAfterStart", endedOn);
        return map;
    }

    private void clearErrors() {
        fields().values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    private void edit(AffiliationSummary a) {
        editing = a;
        institution.setValue(institutions.find(a.institutionId()).orElse(null));
        institution.setReadOnly(true);
        jobTitle.setValue(nz(a.jobTitle()));
        startedOn.setValue(a.startedOn());
        endedOn.setValue(a.endedOn());
    }

    private void end(AffiliationSummary a) {
        people.endAffiliation(personId, a.id(), null);
        refresh();
    }

    void saveAffiliation() {
        clearErrors();
        try {
            if (editing != null) {
                people.changeAffiliation(personId, editing.id(),
                        new AffiliationChange(jobTitle.getValue(), startedOn.getValue(), endedOn.getValue()));
            } else {
                if (institution.getValue() == null) {
                    error("institutionId", getTranslation("people.error.unknown-institution"));
                    return;
                }
                people.addAffiliation(personId, new NewAffiliation(institution.getValue().id(), jobTitle.getValue(),
                        startedOn.getValue(), endedOn.getValue()));
            }
            affiliationStatus.setText(getTranslation("people.affiliations.saved"));
            refresh();
        } catch (InvalidProfileException e) {
            error(e.field(), getTranslation(e.messageKey(), e.args()));
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String path = v.getPropertyPath().toString();
                error(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
            });
        }
    }

    private void refresh() {
        editing = null;
        institution.setReadOnly(false);
        institution.clear();
        jobTitle.clear();
        startedOn.clear();
        endedOn.clear();
        affiliations.setItems(people.myProfile().orElseThrow().affiliations());
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.editor.title") + " \u2013 ThirdSpace";
    }

}
