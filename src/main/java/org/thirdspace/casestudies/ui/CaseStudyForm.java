package org.thirdspace.casestudies.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import org.thirdspace.casestudies.AuthorshipVoice;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyRevision;
import org.thirdspace.casestudies.RenderedRevision;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * The case-study form: title, summary, voice, the template's Markdown fields each with a live
 * preview, facets, home group, links and an edit summary. It never saves: the view listens for
 * {@link SaveEvent} (a complete {@link CaseStudyDraft} without the revision it is based on) and
 * {@link CancelEvent}, decides, and reports errors back with {@link #showError}. The preview is
 * rendered by the function the view gives (the service's renderer), after a pause in typing.
 */
class CaseStudyForm extends Composite<Div> {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_EDIT_SUMMARY = 300;
    /** Parts of the form that hold text and can be merged: title, summary and the field codes. */
    static final String TITLE = "title";
    static final String SUMMARY = "summary";

    /** Something to pick (a group, institution or person): equal by id, so stored links and suggestions match. */
    record Choice(long id, String label) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Choice other && other.id == id;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    static class SaveEvent extends ComponentEvent<CaseStudyForm> {
        private final CaseStudyDraft draft;

        SaveEvent(CaseStudyForm source, CaseStudyDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        CaseStudyDraft draft() {
            return draft;
        }
    }

    static class CancelEvent extends ComponentEvent<CaseStudyForm> {
        CancelEvent(CaseStudyForm source) {
            super(source, false);
        }
    }

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final Select<AuthorshipVoice> voice = new Select<>();
    final Map<CaseStudyField, TextArea> fields = new EnumMap<>(CaseStudyField.class);
    final Map<CaseStudyField, Div> previews = new EnumMap<>(CaseStudyField.class);
    final MultiSelectComboBox<String> activities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> sectors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> phases = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    final Select<Integer> modelLevel = new Select<>();
    final Select<String> evidenceStrength = new Select<>();
    final MultiSelectComboBox<String> evidenceTypes = new MultiSelectComboBox<>();
    final ComboBox<Choice> homeGroup = new ComboBox<>();
    final MultiSelectComboBox<Choice> groups = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> institutions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> people = new MultiSelectComboBox<>();
    final TextField editSummary = new TextField();
    final Button save = new Button();
    final Button cancel = new Button();
    final Paragraph status = new Paragraph();

    private final CaseStudyTexts texts;
    private final Function<CaseStudyDraft, RenderedRevision> previewer;
    private final Set<Choice> groupOptions = new LinkedHashSet<>();

    CaseStudyForm(CaseStudyTexts texts, Vocabularies vocabularies, Function<CaseStudyDraft, RenderedRevision> previewer,
            Function<String, List<Choice>> institutionLookup, Function<String, List<Choice>> personLookup) {
        this.texts = texts;
        this.previewer = previewer;
        Div root = getContent();
        root.addClassName("ts-cs-form");

        status.setId("cs-form-status");
        status.addClassName("ts-cs-problem");
        status.getElement().setAttribute("role", "alert");
        status.setVisible(false);

        // ---- about
        title.setId("cs-title");
        title.setLabel(texts.t("casestudies.ui.editor.title"));
        title.setHelperText(texts.t("casestudies.ui.editor.title.help"));
        title.setMaxLength(MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        summary.setId("cs-summary-field");
        summary.setLabel(texts.t("casestudies.ui.editor.summary"));
        summary.setHelperText(texts.t("casestudies.ui.editor.summary.help"));
        summary.setMaxLength(MAX_SUMMARY);
        summary.setWidthFull();
        voice.setId("cs-voice");
        voice.setLabel(texts.t("casestudies.ui.editor.voice"));
        voice.setHelperText(texts.t("casestudies.ui.editor.voice.help"));
        voice.setItems(AuthorshipVoice.values());
        voice.setEmptySelectionAllowed(true);
        voice.setEmptySelectionCaption(texts.t("casestudies.ui.voice.none"));
        voice.setItemLabelGenerator(v -> v == null ? texts.t("casestudies.ui.voice.none") : texts.voice(v));
        voice.setWidth("20rem");
        Section about = section("casestudies.ui.editor.section.about", title, summary, voice);

        // ---- the template
        Section template = section("casestudies.ui.editor.section.template");
        template.add(new Paragraph(texts.t("casestudies.ui.editor.template.intro")));
        for (CaseStudyField field : CaseStudyField.values()) {
            TextArea area = new TextArea();
            area.setId("cs-field-" + field.code());
            area.setLabel(texts.field(field));
            area.setHelperText(texts.t("casestudies.ui.markdown.help"));
            area.setMaxLength(CaseStudyDraft.MAX_FIELD);
            area.setWidthFull();
            area.setMinRows(3);
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(500);
            Div preview = new Div();
            preview.setId("cs-preview-" + field.code());
            preview.addClassName("ts-cs-preview");
            preview.getElement().setAttribute("aria-live", "polite");
            preview.getElement().setAttribute("aria-label", texts.t("casestudies.ui.preview.of", area.getLabel()));
            Span previewLabel = new Span(texts.t("casestudies.ui.preview.of", area.getLabel()));
            previewLabel.addClassName("ts-cs-preview-label");
            previewLabel.getElement().setAttribute("aria-hidden", "true");
            area.addValueChangeListener(e -> renderPreview(field));
            fields.put(field, area);
            previews.put(field, preview);
            Div pair = new Div(area, previewLabel, preview);
            pair.addClassName("ts-cs-field-editor");
            template.add(pair);
        }

        // ---- facets
        vocabulary(activities, "cs-activities", "casestudies.ui.editor.activities", vocabularies,
                Vocabulary.ACTIVITY_TYPE);
        vocabulary(phases, "cs-phases", "casestudies.ui.editor.phases", vocabularies, Vocabulary.PHASE);
        vocabulary(evidenceTypes, "cs-evidence-types", "casestudies.ui.editor.evidence-types", vocabularies,
                Vocabulary.EVIDENCE_TYPE);
        sectors.setId("cs-sectors");
        sectors.setLabel(texts.t("casestudies.ui.editor.sectors"));
        sectors.setItems(Arrays.stream(Sector.values()).map(Sector::code).toList());
        sectors.setItemLabelGenerator(texts::sector);
        regions.setId("cs-regions");
        regions.setLabel(texts.t("casestudies.ui.editor.regions"));
        regions.setItems(Arrays.stream(Region.values()).map(Region::code).toList());
        regions.setItemLabelGenerator(texts::region);
        modelLevel.setId("cs-model-level");
        modelLevel.setLabel(texts.t("casestudies.ui.editor.model-level"));
        modelLevel.setHelperText(texts.t("casestudies.ui.editor.model-level.help"));
        modelLevel.setItems(1, 2, 3, 4);
        modelLevel.setEmptySelectionAllowed(true);
        modelLevel.setEmptySelectionCaption(texts.t("casestudies.ui.model-level.none"));
        modelLevel.setItemLabelGenerator(texts::modelLevel);
        evidenceStrength.setId("cs-evidence-strength");
        evidenceStrength.setLabel(texts.t("casestudies.ui.editor.evidence-strength"));
        evidenceStrength.setHelperText(texts.t("casestudies.ui.editor.evidence-strength.help"));
        evidenceStrength.setItems(vocabularies.terms(Vocabulary.EVIDENCE_STRENGTH, texts.locale()).stream()
                .map(Term::code).toList());
        evidenceStrength.setEmptySelectionAllowed(true);
        evidenceStrength.setEmptySelectionCaption(texts.t("casestudies.ui.evidence-strength.none"));
        evidenceStrength.setItemLabelGenerator(code -> code == null ? texts.t("casestudies.ui.evidence-strength.none")
                : texts.evidenceStrengthLabel(code));
        Section facets = section("casestudies.ui.editor.section.facets", activities, sectors, phases, regions,
                modelLevel, evidenceStrength, evidenceTypes);
        facets.addClassName("ts-cs-form-grid");

        // ---- group and links
        homeGroup.setId("cs-home-group");
        homeGroup.setLabel(texts.t("casestudies.ui.editor.home-group"));
        homeGroup.setHelperText(texts.t("casestudies.ui.editor.home-group.help"));
        homeGroup.setItemLabelGenerator(Choice::label);
        homeGroup.setClearButtonVisible(true);
        groups.setId("cs-groups");
        groups.setLabel(texts.t("casestudies.ui.editor.groups"));
        groups.setItemLabelGenerator(Choice::label);
        institutions.setId("cs-institutions");
        institutions.setLabel(texts.t("casestudies.ui.editor.institutions"));
        institutions.setHelperText(texts.t("casestudies.ui.editor.type-to-find"));
        institutions.setItemLabelGenerator(Choice::label);
        institutions.setItems(query -> lookup(institutionLookup, query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()));
        people.setId("cs-people");
        people.setLabel(texts.t("casestudies.ui.editor.people"));
        people.setHelperText(texts.t("casestudies.ui.editor.type-to-find"));
        people.setItemLabelGenerator(Choice::label);
        people.setItems(query -> lookup(personLookup, query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()));
        Section links = section("casestudies.ui.editor.section.links", homeGroup, groups, institutions, people);
        links.addClassName("ts-cs-form-grid");

        // ---- save
        editSummary.setId("cs-edit-summary");
        editSummary.setLabel(texts.t("casestudies.ui.editor.edit-summary"));
        editSummary.setHelperText(texts.t("casestudies.ui.editor.edit-summary.help"));
        editSummary.setMaxLength(MAX_EDIT_SUMMARY);
        editSummary.setWidthFull();
        save.setId("cs-save");
        save.setText(texts.t("casestudies.ui.editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> validateAndSave());
        cancel.setId("cs-cancel");
        cancel.setText(texts.t("casestudies.ui.editor.cancel"));
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        Section finish = section("casestudies.ui.editor.section.save", editSummary, status, buttons);

        root.add(about, template, facets, links, finish);
    }

    private Section section(String headingKey, com.vaadin.flow.component.Component... components) {
        Section section = new Section(new H2(texts.t(headingKey)));
        section.addClassName("ts-cs-form-section");
        section.add(components);
        return section;
    }

    private void vocabulary(MultiSelectComboBox<String> box, String id, String labelKey, Vocabularies vocabularies,
            Vocabulary vocabulary) {
        box.setId(id);
        box.setLabel(texts.t(labelKey));
        box.setItems(vocabularies.terms(vocabulary, texts.locale()).stream().map(Term::code).toList());
        box.setItemLabelGenerator(code -> vocabularies.label(vocabulary, code, texts.locale()));
    }

    private static java.util.stream.Stream<Choice> lookup(Function<String, List<Choice>> lookup, String filter,
            int offset, int limit) {
        String f = filter.strip();
        if (f.length() < 2) {
            return java.util.stream.Stream.empty();
        }
        return lookup.apply(f).stream().skip(offset).limit(limit);
    }

    // ------------------------------------------------------------------ set up by the view

    /** The groups that may become the home group or be linked (the user's groups). */
    void setGroupOptions(List<Choice> options) {
        groupOptions.addAll(options);
        refreshGroupItems();
    }

    /** Offers every known group (options plus those chosen), keeping the choice. */
    private void refreshGroupItems() {
        Choice home = homeGroup.getValue();
        Set<Choice> linked = new LinkedHashSet<>(groups.getValue());
        if (home != null) {
            groupOptions.add(home);
        }
        groupOptions.addAll(linked);
        homeGroup.setItems(new ArrayList<>(groupOptions));
        groups.setItems(new ArrayList<>(groupOptions));
        homeGroup.setValue(home);
        groups.setValue(linked);
    }

    /** An empty form, optionally with a title (a case study written from a missing wiki link). */
    void startNew(String prefilledTitle) {
        title.setValue(prefilledTitle == null ? "" : prefilledTitle);
        summary.clear();
        voice.clear();
        fields.values().forEach(TextArea::clear);
        editSummary.clear();
        previews.keySet().forEach(this::renderPreview);
    }

    /**
     * Fills the form from a revision; {@code names} gives the names of linked groups, institutions
     * and people by kind and id (as the case study page shows them).
     */
    void edit(CaseStudyRevision r, Map<Long, String> groupNames, Map<Long, String> institutionNames,
            Map<Long, String> personNames) {
        title.setValue(CaseStudyTexts.nz(r.title()));
        summary.setValue(CaseStudyTexts.nz(r.summary()));
        voice.setValue(r.voice());
        for (CaseStudyField field : CaseStudyField.values()) {
            fields.get(field).setValue(r.field(field));
        }
        setFacets(r);
        setLinks(r, groupNames, institutionNames, personNames);
        editSummary.clear();
        previews.keySet().forEach(this::renderPreview);
    }

    void setFacets(CaseStudyRevision r) {
        activities.setValue(nullSafe(r.activities()));
        sectors.setValue(nullSafe(r.sectors()));
        phases.setValue(nullSafe(r.phases()));
        regions.setValue(nullSafe(r.regions()));
        modelLevel.setValue(r.modelLevel());
        evidenceStrength.setValue(r.evidenceStrength());
        evidenceTypes.setValue(nullSafe(r.evidenceTypes()));
    }

    void setLinks(CaseStudyRevision r, Map<Long, String> groupNames, Map<Long, String> institutionNames,
            Map<Long, String> personNames) {
        Set<Choice> linkedGroups = nullSafe(r.groupIds()).stream()
                .map(id -> new Choice(id, groupNames.getOrDefault(id, "#" + id)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Choice home = r.groupId() == null ? null : new Choice(r.groupId(), groupNames.getOrDefault(r.groupId(),
                "#" + r.groupId()));
        groupOptions.addAll(linkedGroups);
        if (home != null) {
            groupOptions.add(home);
        }
        homeGroup.setItems(new ArrayList<>(groupOptions));
        groups.setItems(new ArrayList<>(groupOptions));
        homeGroup.setValue(home);
        groups.setValue(linkedGroups);
        institutions.setValue(nullSafe(r.institutionIds()).stream()
                .map(id -> new Choice(id, institutionNames.getOrDefault(id, "#" + id)))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        people.setValue(nullSafe(r.personIds()).stream()
                .map(id -> new Choice(id, personNames.getOrDefault(id, "#" + id)))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Names of the groups the form knows (options and choices), by id. */
    Map<Long, String> groupNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        groupOptions.forEach(c -> names.put(c.id(), c.label()));
        return names;
    }

    Map<Long, String> institutionNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        institutions.getValue().forEach(c -> names.put(c.id(), c.label()));
        return names;
    }

    Map<Long, String> personNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        people.getValue().forEach(c -> names.put(c.id(), c.label()));
        return names;
    }

    private static <T> Set<T> nullSafe(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    // ------------------------------------------------------------------ parts (for merging)

    /** The text of a mergeable part ({@code title}, {@code summary} or a field code), or null for another part. */
    String text(String part) {
        if (TITLE.equals(part)) {
            return title.getValue();
        }
        if (SUMMARY.equals(part)) {
            return summary.getValue();
        }
        CaseStudyField field = field(part);
        return field == null ? null : fields.get(field).getValue();
    }

    /** Sets the text of a mergeable part. */
    void setText(String part, String value) {
        String v = value == null ? "" : value;
        if (TITLE.equals(part)) {
            title.setValue(v);
        } else if (SUMMARY.equals(part)) {
            summary.setValue(v);
        } else {
            CaseStudyField field = field(part);
            if (field != null) {
                fields.get(field).setValue(v);
            }
        }
    }

    static CaseStudyField field(String code) {
        for (CaseStudyField f : CaseStudyField.values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ preview

    private void renderPreview(CaseStudyField field) {
        Div preview = previews.get(field);
        String markdown = fields.get(field).getValue();
        if (markdown == null || markdown.isBlank()) {
            preview.getElement().setProperty("innerHTML", "");
            return;
        }
        try {
            String previewTitle = title.getValue().isBlank() ? "-" : title.getValue();
            RenderedRevision rendered = previewer.apply(CaseStudyDraft.of(previewTitle, null, Map.of(field, markdown)));
            String html = rendered == null ? null : rendered.fieldsHtml().get(field);
            preview.getElement().setProperty("innerHTML", html == null ? "" : html);
        } catch (RuntimeException e) {
            preview.getElement().setProperty("innerHTML", "");
            preview.setText(texts.t("casestudies.ui.preview.failed"));
        }
    }

    // ------------------------------------------------------------------ saving

    void validateAndSave() {
        clearErrors();
        boolean valid = true;
        String t = title.getValue().strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            title.setErrorMessage(texts.t("casestudies.ui.editor.title.required", String.valueOf(MAX_TITLE)));
            title.setInvalid(true);
            valid = false;
        }
        if (summary.getValue().length() > MAX_SUMMARY) {
            summary.setErrorMessage(texts.t("casestudies.ui.editor.too-long", String.valueOf(MAX_SUMMARY)));
            summary.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            status.setText(texts.t("casestudies.ui.editor.invalid"));
            status.setVisible(true);
            return;
        }
        fireEvent(new SaveEvent(this, draft()));
    }

    /** The form's content as a draft (without the revision it is based on; the view adds that). */
    CaseStudyDraft draft() {
        Map<CaseStudyField, String> markdown = new EnumMap<>(CaseStudyField.class);
        fields.forEach((field, area) -> {
            if (!area.getValue().isBlank()) {
                markdown.put(field, area.getValue());
            }
        });
        return new CaseStudyDraft(title.getValue().strip(), blankToNull(summary.getValue()), markdown,
                voice.getValue(),
                new LinkedHashSet<>(activities.getValue()), new LinkedHashSet<>(sectors.getValue()),
                new LinkedHashSet<>(phases.getValue()), new LinkedHashSet<>(regions.getValue()), modelLevel.getValue(),
                evidenceStrength.getValue(), new LinkedHashSet<>(evidenceTypes.getValue()),
                homeGroup.getValue() == null ? null : homeGroup.getValue().id(),
                ids(groups.getValue()), ids(institutions.getValue()), ids(people.getValue()),
                blankToNull(editSummary.getValue()), null);
    }

    private static Set<Long> ids(Set<Choice> choices) {
        return choices.stream().map(Choice::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Shows a service error at the field it names ({@code title}, {@code fields[problem]},
     * {@code save.draft.fields[PROBLEM]}, {@code modelLevel}, ...) and in the form's status line.
     * False when no field matches, so the view shows it elsewhere too.
     */
    boolean showError(String field, String message) {
        status.setText(message);
        status.setVisible(true);
        HasValidation target = target(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    HasValidation target(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.strip();
        int bracket = p.indexOf('[');
        if (bracket >= 0 && p.substring(0, bracket).endsWith("fields")) {
            String key = p.substring(bracket + 1, p.indexOf(']', bracket) < 0 ? p.length() : p.indexOf(']', bracket));
            for (CaseStudyField f : CaseStudyField.values()) {
                if (f.code().equalsIgnoreCase(key) || f.name().equalsIgnoreCase(key)) {
                    return fields.get(f);
                }
            }
        }
        String[] segments = p.replaceAll("\\[.*?]", "").split("\\.");
        String last = segments[segments.length - 1];
        if (segments.length >= 2 && segments[segments.length - 2].equals("fields")) {
            CaseStudyField f = field(last.toLowerCase(Locale.ROOT));
            if (f != null) {
                return fields.get(f);
            }
        }
        HasValidation component = components().get(last);
        if (component != null) {
            return component;
        }
        CaseStudyField f = field(last);
        return f == null ? null : fields.get(f);
    }

    private Map<String, HasValidation> components() {
        Map<String, HasValidation> map = new LinkedHashMap<>();
        map.put("title", title);
        map.put("summary", summary);
        map.put("voice", voice);
        map.put("activities", activities);
        map.put("sectors", sectors);
        map.put("phases", phases);
        map.put("regions", regions);
        map.put("modelLevel", modelLevel);
        map.put("evidenceStrength", evidenceStrength);
        map.put("evidenceTypes", evidenceTypes);
        map.put("groupId", homeGroup);
        map.put("groupIds", groups);
        map.put("institutionIds", institutions);
        map.put("personIds", people);
        map.put("editSummary", editSummary);
        return map;
    }

    void clearErrors() {
        status.setVisible(false);
        components().values().forEach(f -> f.setInvalid(false));
        fields.values().forEach(f -> f.setInvalid(false));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
