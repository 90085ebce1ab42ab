package org.thirdspace.institutions.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import org.springframework.data.domain.PageRequest;
import org.thirdspace.institutions.InstitutionDetails;
import org.thirdspace.institutions.InstitutionException;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSuggestion;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.institutions.MergePlan;
import org.thirdspace.institutions.NewInstitution;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/** Moderators keep the institution register clean: search, edit, register, merge duplicates. */
@Route("admin/institutions")
@RolesAllowed({"MODERATOR", "ADMIN"})
@Menu(title = "institutions.admin.title", order = 840, icon = "vaadin:institution")
public class InstitutionsAdminView extends Div implements HasDynamicTitle {

    private final transient InstitutionService institutions;
    private final transient Vocabularies vocabularies;

    final TextField search = new TextField();
    final Grid<InstitutionSummary> grid = new Grid<>();
    final Button create = new Button();

    final Section editor = new Section();
    final H2 editorHeading = new H2();
    final TextField name = new TextField();
    final TextArea aliases = new TextArea();
    final Select<Sector> sector = new Select<>();
    final MultiSelectComboBox<String> phases = new MultiSelectComboBox<>();
    final Select<Region> region = new Select<>();
    final TextField town = new TextField();
    final TextField postcode = new TextField();
    final TextField website = new TextField();
    final ComboBox<InstitutionSuggestion> parent = new ComboBox<>();
    final Button save = new Button();
    final Button merge = new Button();
    final Paragraph editorStatus = new Paragraph();

    final Dialog mergeDialog = new Dialog();
    final ComboBox<InstitutionSuggestion> survivor = new ComboBox<>();
    final Paragraph mergePlan = new Paragraph();
    final Button previewMerge = new Button();
    final Button confirmMerge = new Button();

    private InstitutionDetails selected;

    public InstitutionsAdminView(InstitutionService institutions, Vocabularies vocabularies) {
        this.institutions = institutions;
        this.vocabularies = vocabularies;

        search.setLabel(getTranslation("institutions.admin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("institutions.admin.new"));
        create.addClickListener(e -> edit(null, true));

        grid.addColumn(InstitutionSummary::name).setHeader(getTranslation("institutions.admin.column.name")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation(s.sector().messageKey()))
                .setHeader(getTranslation("institutions.admin.column.sector"));
        grid.addColumn(InstitutionSummary::town).setHeader(getTranslation("institutions.admin.column.town"));
        grid.addColumn(InstitutionSummary::postcode).setHeader(getTranslation("institutions.admin.column.postcode"));
        grid.setAriaLabel(getTranslation("institutions.admin.heading"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(institutions.details(e.getValue().id()).orElse(null), false);
            } else if (e.isFromClient()) {
                edit(null, false);
            }
        });
        refresh();

        name.setLabel(getTranslation("institutions.field.name"));
        name.setRequiredIndicatorVisible(true);
        aliases.setLabel(getTranslation("institutions.field.aliases"));
        sector.setLabel(getTranslation("institutions.field.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        phases.setLabel(getTranslation("institutions.field.phases"));
        phases.setItems(vocabularies.terms(Vocabulary.PHASE, getLocale()).stream().map(Term::code).toList());
        phases.setItemLabelGenerator(code -> vocabularies.label(Vocabulary.PHASE, code, getLocale()));
        region.setLabel(getTranslation("institutions.field.region"));
        region.setItems(Region.values());
        region.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
        town.setLabel(getTranslation("institutions.field.town"));
        postcode.setLabel(getTranslation("institutions.field.postcode"));
        website.setLabel(getTranslation("institutions.field.website"));
        parent.setLabel(getTranslation("institutions.field.parent"));
        configureInstitutionPicker(parent);
        parent.setClearButtonVisible(true);
        for (HasValidation f : fields()) {
            f.setManualValidation(true);
        }
        save.setText(getTranslation("institutions.admin.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        merge.setText(getTranslation("institutions.admin.merge"));
        merge.addClickListener(e -> openMerge());
        Button close = new Button(getTranslation("institutions.admin.close"), e -> edit(null, false));
        editorStatus.getElement().setAttribute("role", "status");
        FormLayout form = new FormLayout(name, aliases, sector, phases, region, town, postcode, website, parent);
        editor.add(editorHeading, form, new HorizontalLayout(save, merge, close), editorStatus);
        editor.setVisible(false);

        survivor.setLabel(getTranslation("institutions.admin.merge.survivor"));
        configureInstitutionPicker(survivor);
        survivor.setManualValidation(true);
        survivor.setWidthFull();
        survivor.addValueChangeListener(e -> mergePlan.setText(""));
        previewMerge.setText(getTranslation("institutions.admin.merge.preview"));
        previewMerge.addClickListener(e -> previewMerge());
        confirmMerge.setText(getTranslation("institutions.admin.merge.confirm"));
        confirmMerge.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirmMerge.addClickListener(e -> confirmMerge());
        mergePlan.getElement().setAttribute("role", "status");
        mergeDialog.add(new Paragraph(getTranslation("institutions.admin.merge.explanation")), survivor, mergePlan);
        mergeDialog.getFooter().add(new Button(getTranslation("institutions.admin.merge.cancel"),
                e -> mergeDialog.close()), previewMerge, confirmMerge);

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("institutions.admin.heading")), toolbar, grid, editor, mergeDialog);
    }

    private void configureInstitutionPicker(ComboBox<InstitutionSuggestion> box) {
        box.setItemLabelGenerator(s -> s.town() == null ? s.name() : s.name() + " (" + s.town() + ")");
        box.setItems(query -> {
            String filter = query.getFilter().orElse("");
            int limit = query.getLimit();
            return query.getOffset() > 0 || filter.isBlank() ? Stream.empty()
                    : institutions.suggest(filter, Math.min(limit, 20)).stream()
                            .filter(s -> selected == null || s.id() != selected.id());
        });
    }

    private List<HasValidation> fields() {
        return List.of(name, aliases, sector, phases, region, town, postcode, website, parent);
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> institutions.search(text, PageRequest.of(query.getPage(), query.getPageSize()))
                        .getContent().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE,
                        institutions.search(text, PageRequest.of(0, 1)).getTotalElements()));
    }

    void edit(InstitutionDetails details, boolean creating) {
        selected = details;
        editorStatus.setText("");
        fields().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        if (details == null && !creating) {
            editor.setVisible(false);
            return;
        }
        editorHeading.setText(details == null ? getTranslation("institutions.admin.new.heading")
                : getTranslation("institutions.admin.edit.heading", details.name()));
        name.setValue(details == null ? "" : details.name());
        aliases.setValue(details == null ? "" : String.join("\n", details.aliases()));
        sector.setValue(details == null ? null : details.sector());
        phases.setValue(details == null ? java.util.Set.of() : new java.util.HashSet<>(details.phases()));
        region.setValue(details == null ? null : details.region());
        town.setValue(details == null || details.town() == null ? "" : details.town());
        postcode.setValue(details == null || details.postcode() == null ? "" : details.postcode());
        website.setValue(details == null || details.website() == null ? "" : details.website());
        parent.setValue(details == null || details.parentId() == null ? null
                : institutions.find(details.parentId())
                        .map(p -> new InstitutionSuggestion(p.id(), p.name(), p.sector(), p.town())).orElse(null));
        merge.setVisible(details != null);
        editor.setVisible(true);
    }

    private NewInstitution formValues() {
        List<String> otherNames = Arrays.stream(aliases.getValue().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        var location = selected == null ? null : selected.location();
        return new NewInstitution(name.getValue().strip(), sector.getValue(), region.getValue(), blank(town.getValue()),
                blank(postcode.getValue()), location, blank(website.getValue()),
                parent.getValue() == null ? null : parent.getValue().id(), otherNames,
                phases.getValue().stream().sorted().toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void save() {
        fields().forEach(f -> f.setInvalid(false));
        try {
            InstitutionDetails saved;
            if (selected == null) {
                long id = institutions.register(formValues()).id();
                saved = institutions.details(id).orElseThrow();
            } else {
                saved = institutions.update(selected.id(), formValues());
            }
            grid.getDataProvider().refreshAll();
            edit(saved, false);
            editorStatus.setText(getTranslation("institutions.admin.saved"));
        } catch (InstitutionException e) {
            HasValidation field = fieldFor(e.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
            } else {
                editorStatus.setText(getTranslation(e.messageKey()));
            }
        } catch (ConstraintViolationException e) {
            editorStatus.setText(getTranslation("institutions.admin.invalid", e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; "))));
        }
    }

    private HasValidation fieldFor(String field) {
        Map<String, HasValidation> byName = Map.of("name", name, "aliases", aliases, "sector", sector,
                "phases", phases, "region", region, "town", town, "postcode", postcode, "website", website,
                "parentId", parent);
        return field == null ? null : byName.get(field);
    }

    private void openMerge() {
        if (selected == null) {
            return;
        }
        mergeDialog.setHeaderTitle(getTranslation("institutions.admin.merge.heading", selected.name()));
        survivor.clear();
        survivor.setInvalid(false);
        mergePlan.setText("");
        mergeDialog.open();
    }

    private boolean survivorChosen() {
        if (survivor.getValue() == null) {
            survivor.setErrorMessage(getTranslation("institutions.admin.merge.choose"));
            survivor.setInvalid(true);
            return false;
        }
        survivor.setInvalid(false);
        return true;
    }

    private void previewMerge() {
        if (!survivorChosen()) {
            return;
        }
        try {
            MergePlan plan = institutions.mergePlan(survivor.getValue().id(), selected.id());
            mergePlan.setText(describe(plan));
        } catch (InstitutionException e) {
            survivor.setErrorMessage(getTranslation(e.messageKey()));
            survivor.setInvalid(true);
        }
    }

    String describe(MergePlan plan) {
        String none = getTranslation("institutions.admin.merge.none");
        String names = plan.aliasesAdded().isEmpty() ? none : String.join("; ", plan.aliasesAdded());
        String children = plan.childrenMoved().isEmpty() ? none
                : plan.childrenMoved().stream().map(InstitutionSummary::name).collect(Collectors.joining("; "));
        return getTranslation("institutions.admin.merge.plan", plan.survivor().name(), names, children,
                plan.tombstonesRedirected());
    }

    private void confirmMerge() {
        if (!survivorChosen()) {
            return;
        }
        try {
            MergePlan plan = institutions.merge(survivor.getValue().id(), selected.id());
            mergeDialog.close();
            grid.getDataProvider().refreshAll();
            edit(institutions.details(plan.survivor().id()).orElse(null), false);
            editorStatus.setText(getTranslation("institutions.admin.merged", plan.survivor().name()));
        } catch (InstitutionException e) {
            survivor.setErrorMessage(getTranslation(e.messageKey()));
            survivor.setInvalid(true);
        }
    }

    RouteParameters pageOf(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institutions.admin.title");
    }
}
