package org.thirdspace.groups.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;

import org.thirdspace.groups.GroupDetails;
import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.groups.OwnerInstitution;
import org.thirdspace.shared.Region;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * The group form: fields, Binder validation with specific messages, and two events. It never
 * calls a service; the view listens for {@link SaveEvent} (carrying a complete {@link GroupDraft})
 * and {@link CancelEvent}, decides, and reports service errors back with {@link #showError}.
 */
class GroupForm extends Composite<Div> {

    static final int MAX_TEXT = 4000;

    /** An institution to choose: equal by id, so suggestions and stored owners match. */
    record InstitutionChoice(long id, String name, String town) {

        @Override
        public boolean equals(Object o) {
            return o instanceof InstitutionChoice other && other.id == id;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }

        String label() {
            return town == null || town.isBlank() ? name : name + ", " + town;
        }
    }

    /** The form's state; Binder reads and writes it. */
    static final class Model {
        GroupKind kind;
        String name = "";
        String purpose = "";
        String norms = "";
        GroupVisibility visibility = GroupVisibility.PUBLIC;
        JoinPolicy joinPolicy = JoinPolicy.REQUEST;
        Long parentId;
        Set<InstitutionChoice> owners = new LinkedHashSet<>();
        Set<String> activities = new LinkedHashSet<>();
        Set<String> phases = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        ModelLevel modelLevel;
        InstitutionChoice onBehalfOf;
    }

    static class SaveEvent extends ComponentEvent<GroupForm> {
        private final GroupDraft draft;

        SaveEvent(GroupForm source, GroupDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        GroupDraft draft() {
            return draft;
        }
    }

    static class CancelEvent extends ComponentEvent<GroupForm> {
        CancelEvent(GroupForm source) {
            super(source, false);
        }
    }

    final Select<GroupKind> kind = new Select<>();
    final TextField name = new TextField();
    final TextArea purpose = new TextArea();
    final TextArea norms = new TextArea();
    final RadioButtonGroup<GroupVisibility> visibility = new RadioButtonGroup<>();
    final RadioButtonGroup<JoinPolicy> joinPolicy = new RadioButtonGroup<>();
    final ComboBox<Long> parent = new ComboBox<>();
    final MultiSelectComboBox<InstitutionChoice> owners = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> activities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> phases = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    final Select<ModelLevel> modelLevel = new Select<>();
    final Select<InstitutionChoice> onBehalfOf = new Select<>();
    final Button save = new Button();
    final Button cancel = new Button();
    final Paragraph status = new Paragraph();

    private final Binder<Model> binder = new Binder<>();
    private final Binder.Binding<Model, Set<InstitutionChoice>> ownersBinding;
    private final GroupTexts texts;
    private final Map<Long, String> parentNames = new LinkedHashMap<>();
    private Model model = new Model();

    GroupForm(GroupTexts texts, Vocabularies vocabularies, Function<String, List<InstitutionChoice>> institutionLookup) {
        this.texts = texts;

        kind.setLabel(texts.t("groups.ui.field.kind"));
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(texts::kind);
        kind.setRequiredIndicatorVisible(true);
        kind.setHelperText(texts.t("groups.ui.field.kind.help"));

        name.setLabel(texts.t("groups.ui.field.name"));
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);

        purpose.setLabel(texts.t("groups.ui.field.purpose"));
        purpose.setHelperText(texts.t("groups.ui.field.markdown.help"));
        purpose.setMaxLength(MAX_TEXT);
        norms.setLabel(texts.t("groups.ui.field.norms"));
        norms.setHelperText(texts.t("groups.ui.field.norms.help"));
        norms.setMaxLength(MAX_TEXT);

        visibility.setLabel(texts.t("groups.ui.field.visibility"));
        visibility.setItems(GroupVisibility.values());
        visibility.setItemLabelGenerator(texts::visibility);
        visibility.setRequiredIndicatorVisible(true);
        joinPolicy.setLabel(texts.t("groups.ui.field.join-policy"));
        joinPolicy.setItems(JoinPolicy.values());
        joinPolicy.setItemLabelGenerator(texts::joinPolicy);
        joinPolicy.setRequiredIndicatorVisible(true);

        parent.setLabel(texts.t("groups.ui.field.parent"));
        parent.setHelperText(texts.t("groups.ui.field.parent.help"));
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(id -> parentNames.getOrDefault(id, "#" + id));

        owners.setLabel(texts.t("groups.ui.field.owners"));
        owners.setHelperText(texts.t("groups.ui.field.owners.help"));
        owners.setRequiredIndicatorVisible(true);
        owners.setItemLabelGenerator(InstitutionChoice::label);
        owners.setItems(query -> {
            String filter = query.getFilter().orElse("");
            int offset = query.getOffset();
            int limit = query.getLimit();
            return institutionLookup.apply(filter).stream().skip(offset).limit(limit);
        });
        owners.addValueChangeListener(e -> refreshOnBehalfOf());

        vocabulary(activities, "groups.ui.field.activities", vocabularies, Vocabulary.ACTIVITY_TYPE);
        vocabulary(phases, "groups.ui.field.phases", vocabularies, Vocabulary.PHASE);
        regions.setLabel(texts.t("groups.ui.field.regions"));
        regions.setItems(Arrays.stream(Region.values()).map(Region::code).toList());
        regions.setItemLabelGenerator(texts::region);

        modelLevel.setLabel(texts.t("groups.ui.field.model-level"));
        modelLevel.setHelperText(texts.t("groups.ui.field.model-level.help"));
        modelLevel.setItems(ModelLevel.values());
        modelLevel.setEmptySelectionAllowed(true);
        modelLevel.setEmptySelectionCaption(texts.t("groups.ui.model-level.none"));
        modelLevel.setItemLabelGenerator(m -> m == null ? texts.t("groups.ui.model-level.none") : texts.modelLevel(m));

        onBehalfOf.setLabel(texts.t("groups.ui.field.on-behalf-of"));
        onBehalfOf.setHelperText(texts.t("groups.ui.field.on-behalf-of.help"));
        onBehalfOf.setEmptySelectionAllowed(true);
        onBehalfOf.setEmptySelectionCaption(texts.t("groups.ui.personal-capacity"));
        onBehalfOf.setItemLabelGenerator(c -> c == null ? texts.t("groups.ui.personal-capacity") : c.name());

        status.setId("group-form-status");
        status.getElement().setAttribute("role", "alert");
        status.setVisible(false);

        save.setText(texts.t("groups.ui.editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(texts.t("groups.ui.editor.cancel"));
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        bind();
        ownersBinding = binder.forField(owners)
                .withValidator((value, context) -> {
                    GroupKind k = kind.getValue();
                    int min = k == null ? 1 : k.minimumOwners();
                    if (value.size() < min) {
                        return ValidationResult.error(texts.t(k == GroupKind.PARTNERSHIP ? "groups.error.owners-too-few"
                                : "groups.ui.editor.error.owners-none"));
                    }
                    if (value.size() > 20) {
                        return ValidationResult.error(texts.t("groups.ui.editor.error.too-many", "20"));
                    }
                    return ValidationResult.ok();
                })
                .bind(m -> m.owners, (m, v) -> m.owners = new LinkedHashSet<>(v));
        kind.addValueChangeListener(e -> {
            if (!owners.isEmpty() || owners.isInvalid()) {
                ownersBinding.validate();
            }
        });

        FormLayout layout = new FormLayout(kind, name, purpose, norms, visibility, joinPolicy, owners, onBehalfOf,
                parent, activities, phases, regions, modelLevel);
        layout.setColspan(purpose, 2);
        layout.setColspan(norms, 2);
        layout.setColspan(owners, 2);
        var buttons = new HorizontalLayout(save, cancel);
        getContent().add(status, layout, buttons);
        getContent().addClassName("ts-group-form");
    }

    private void bind() {
        binder.forField(kind).asRequired(texts.t("groups.ui.editor.error.kind"))
                .bind(m -> m.kind, (m, v) -> m.kind = v);
        binder.forField(name).asRequired(texts.t("groups.error.name"))
                .withValidator(new StringLengthValidator(texts.t("groups.error.name"), 1, 150))
                .bind(m -> m.name, (m, v) -> m.name = v == null ? "" : v.strip());
        binder.forField(purpose)
                .withValidator(new StringLengthValidator(texts.t("groups.ui.editor.error.too-long", "4,000"), 0, MAX_TEXT))
                .bind(m -> m.purpose, (m, v) -> m.purpose = v);
        binder.forField(norms)
                .withValidator(new StringLengthValidator(texts.t("groups.ui.editor.error.too-long", "4,000"), 0, MAX_TEXT))
                .bind(m -> m.norms, (m, v) -> m.norms = v);
        binder.forField(visibility).asRequired(texts.t("groups.ui.editor.error.visibility"))
                .bind(m -> m.visibility, (m, v) -> m.visibility = v);
        binder.forField(joinPolicy).asRequired(texts.t("groups.ui.editor.error.join-policy"))
                .bind(m -> m.joinPolicy, (m, v) -> m.joinPolicy = v);
        binder.forField(parent).bind(m -> m.parentId, (m, v) -> m.parentId = v);
        binder.forField(activities)
                .withValidator(v -> v.size() <= 20, texts.t("groups.ui.editor.error.too-many", "20"))
                .bind(m -> m.activities, (m, v) -> m.activities = new LinkedHashSet<>(v));
        binder.forField(phases)
                .withValidator(v -> v.size() <= 10, texts.t("groups.ui.editor.error.too-many", "10"))
                .bind(m -> m.phases, (m, v) -> m.phases = new LinkedHashSet<>(v));
        binder.forField(regions)
                .withValidator(v -> v.size() <= 12, texts.t("groups.ui.editor.error.too-many", "12"))
                .bind(m -> m.regions, (m, v) -> m.regions = new LinkedHashSet<>(v));
        binder.forField(modelLevel).bind(m -> m.modelLevel, (m, v) -> m.modelLevel = v);
        binder.forField(onBehalfOf)
                .withValidator(v -> v == null || !onBehalfOf.isVisible() || owners.getValue().contains(v),
                        texts.t("groups.ui.editor.error.on-behalf"))
                .bind(m -> m.onBehalfOf, (m, v) -> m.onBehalfOf = v);
    }

    private void vocabulary(MultiSelectComboBox<String> box, String labelKey, Vocabularies vocabularies,
            Vocabulary vocabulary) {
        box.setLabel(texts.t(labelKey));
        box.setItems(vocabularies.terms(vocabulary, texts.locale()).stream().map(Term::code).toList());
        box.setItemLabelGenerator(code -> vocabularies.label(vocabulary, code, texts.locale()));
    }

    // ------------------------------------------------------------------ set up by the view

    /** The groups that may become the parent (those the user manages), by id. */
    void setParentOptions(Map<Long, String> options) {
        parentNames.clear();
        parentNames.putAll(options);
        parent.setItems(new ArrayList<>(parentNames.keySet()));
    }

    /** The user's current institutions, for "on behalf of" (creating only; hidden when editing). */
    void setMyInstitutions(List<InstitutionChoice> mine, boolean creating) {
        onBehalfOf.setItems(mine);
        onBehalfOf.setVisible(creating);
    }

    /** Fills a new group: the user's first institution as owner and "on behalf of". */
    void startNew(Long parentId, InstitutionChoice myInstitution) {
        model = new Model();
        model.parentId = parentId;
        if (myInstitution != null) {
            model.owners.add(myInstitution);
            model.onBehalfOf = myInstitution;
        }
        binder.readBean(model);
    }

    void edit(GroupDetails d) {
        model = new Model();
        model.kind = d.kind();
        model.name = d.name();
        model.purpose = GroupTexts.nz(d.purposeMarkdown());
        model.norms = GroupTexts.nz(d.normsMarkdown());
        model.visibility = d.visibility();
        model.joinPolicy = d.joinPolicy();
        if (d.parent() != null) {
            parentNames.putIfAbsent(d.parent().id(), d.parent().name());
            parent.setItems(new ArrayList<>(parentNames.keySet()));
            model.parentId = d.parent().id();
        }
        for (OwnerInstitution o : GroupTexts.orEmpty(d.institutions())) {
            model.owners.add(new InstitutionChoice(o.id(), o.name(), null));
        }
        model.activities = new LinkedHashSet<>(d.activities());
        model.phases = new LinkedHashSet<>(d.phases());
        model.regions = new LinkedHashSet<>(d.regions());
        model.modelLevel = d.modelLevel();
        binder.readBean(model);
    }

    private void refreshOnBehalfOf() {
        if (onBehalfOf.getValue() != null && !owners.getValue().contains(onBehalfOf.getValue())) {
            binder.validate();
        }
    }

    // ------------------------------------------------------------------ saving

    void validateAndSave() {
        clearServerErrors();
        if (!binder.writeBeanIfValid(model)) {
            status.setText(texts.t("groups.ui.editor.invalid"));
            status.setVisible(true);
            return;
        }
        status.setVisible(false);
        fireEvent(new SaveEvent(this, draft()));
    }

    GroupDraft draft() {
        return new GroupDraft(model.kind, model.name, blankToNull(model.purpose), blankToNull(model.norms),
                model.visibility, model.joinPolicy, model.parentId,
                model.owners.stream().map(InstitutionChoice::id).toList(), model.activities, model.phases,
                model.regions, model.modelLevel,
                onBehalfOf.isVisible() && model.onBehalfOf != null ? model.onBehalfOf.id() : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Shows a service error on the field it names (a {@link GroupDraft} component name); false when
     * the field is unknown, so the view shows it elsewhere.
     */
    boolean showError(String field, String message) {
        HasValidation target = field == null ? null : fields().get(field.replaceAll("[\\[<].*", ""));
        status.setText(message);
        status.setVisible(true);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    private void clearServerErrors() {
        status.setVisible(false);
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> map = new HashMap<>();
        map.put("kind", kind);
        map.put("name", name);
        map.put("purpose", purpose);
        map.put("norms", norms);
        map.put("visibility", visibility);
        map.put("joinPolicy", joinPolicy);
        map.put("parentId", parent);
        map.put("institutionIds", owners);
        map.put("activities", activities);
        map.put("phases", phases);
        map.put("regions", regions);
        map.put("modelLevel", modelLevel);
        map.put("onBehalfOfInstitutionId", onBehalfOf);
        return map;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    boolean isFieldInvalid(String field) {
        return Objects.requireNonNull(fields().get(field)).isInvalid();
    }
}
