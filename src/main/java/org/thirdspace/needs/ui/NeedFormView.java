package org.thirdspace.needs.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;

import org.thirdspace.needs.NeedBehalf;
import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedDraft;
import org.thirdspace.needs.NeedException;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedService;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * Members post a need ({@code needs/new}) or edit one ({@code needs/7/edit}). The binder checks
 * required fields and ranges in the browser's round trip; the service's rules come back as
 * {@link NeedException}s and are shown on the field they name, which then takes focus.
 */
@Route("needs/new")
@RouteAlias("needs/:id([0-9]+)/edit")
@PermitAll
public class NeedFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** What the form edits; the binder writes into it. */
    static final class Form {
        String title = "";
        String description = "";
        String forWhom = "";
        NeedBehalf behalf;
        Map<NeedFacet, Set<Term>> facets = new EnumMap<>(NeedFacet.class);
        boolean onlineOk;
        LocalDate startsOn;
        LocalDate endsOn;
        Integer capacity = 1;
    }

    private final transient NeedService needs;
    private final NeedTexts texts;
    private Long needId;
    private final Form form = new Form();
    final Binder<Form> binder = new Binder<>();
    final H1 heading = new H1();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextField forWhom = new TextField();
    final ComboBox<NeedBehalf> behalf = new ComboBox<>();
    final Map<NeedFacet, MultiSelectComboBox<Term>> facets = new EnumMap<>(NeedFacet.class);
    final Checkbox onlineOk = new Checkbox();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final IntegerField capacity = new IntegerField();

    public NeedFormView(NeedService needs, Vocabularies vocabularies) {
        this.needs = needs;
        this.texts = new NeedTexts(this, vocabularies);
        String required = texts.t("needs.ui.form.required");

        title.setLabel(texts.t("needs.ui.form.title"));
        title.setHelperText(texts.t("needs.ui.form.title.helper"));
        title.setId("need-form-title");
        title.setMaxLength(NeedService.MAX_TITLE);
        wide(title);
        binder.forField(title).asRequired(required)
                .withValidator(v -> v.strip().length() >= NeedService.MIN_TITLE,
                        texts.t("needs.error.title-length", NeedService.MIN_TITLE, NeedService.MAX_TITLE))
                .bind(f -> f.title, (f, v) -> f.title = v);

        description.setLabel(texts.t("needs.ui.form.description"));
        description.setHelperText(texts.t("needs.ui.form.description.helper"));
        description.setId("need-form-description");
        description.setMaxLength(NeedService.MAX_DESCRIPTION);
        description.setMinHeight("8rem");
        wide(description);
        binder.forField(description).asRequired(texts.t("needs.error.description-required"))
                .bind(f -> f.description, (f, v) -> f.description = v);

        forWhom.setLabel(texts.t("needs.ui.form.for-whom"));
        forWhom.setHelperText(texts.t("needs.ui.form.for-whom.helper"));
        forWhom.setId("need-form-for-whom");
        forWhom.setMaxLength(NeedService.MAX_FOR_WHOM);
        wide(forWhom);
        binder.forField(forWhom).asRequired(texts.t("needs.error.for-whom-required"))
                .bind(f -> f.forWhom, (f, v) -> f.forWhom = v);

        behalf.setLabel(texts.t("needs.ui.form.behalf"));
        behalf.setHelperText(texts.t("needs.ui.form.behalf.helper"));
        behalf.setId("need-form-behalf");
        behalf.setItemLabelGenerator(texts::behalf);
        wide(behalf);
        binder.forField(behalf).asRequired(texts.t("needs.error.behalf-exactly-one"))
                .bind(f -> f.behalf, (f, v) -> f.behalf = v);

        add(heading, title, description, forWhom, behalf);
        for (NeedFacet facet : NeedFacet.values()) {
            MultiSelectComboBox<Term> box = new MultiSelectComboBox<>(texts.facet(facet));
            box.setId("need-form-" + facet.parameter());
            box.setItems(texts.terms(facet));
            box.setItemLabelGenerator(Term::label);
            wide(box);
            var binding = binder.forField(box);
            if (facet == NeedFacet.ACTIVITY) {
                binding = binding.withValidator(v -> !v.isEmpty(), texts.t("needs.error.activity-required"));
            }
            if (facet == NeedFacet.REGION) {
                binding = binding.withValidator(v -> !v.isEmpty() || onlineOk.getValue(),
                        texts.t("needs.error.region-required"));
            }
            binding.bind(f -> f.facets.getOrDefault(facet, Set.of()), (f, v) -> f.facets.put(facet, Set.copyOf(v)));
            facets.put(facet, box);
            add(box);
        }
        onlineOk.setLabel(texts.t("needs.ui.form.online"));
        onlineOk.setId("need-form-online");
        binder.forField(onlineOk).bind(f -> f.onlineOk, (f, v) -> f.onlineOk = v);
        onlineOk.addValueChangeListener(e -> {
            if (facets.get(NeedFacet.REGION).isInvalid()) {
                binder.validate();
            }
        });
        add(onlineOk);

        startsOn.setLabel(texts.t("needs.ui.form.starts"));
        startsOn.setId("need-form-starts");
        endsOn.setLabel(texts.t("needs.ui.form.ends"));
        endsOn.setId("need-form-ends");
        binder.forField(startsOn).bind(f -> f.startsOn, (f, v) -> f.startsOn = v);
        binder.forField(endsOn)
                .withValidator(v -> v == null || startsOn.getValue() == null || !v.isBefore(startsOn.getValue()),
                        texts.t("needs.error.ends-before-starts"))
                .bind(f -> f.endsOn, (f, v) -> f.endsOn = v);
        capacity.setLabel(texts.t("needs.ui.form.capacity"));
        capacity.setId("need-form-capacity");
        capacity.setMin(1);
        capacity.setMax(NeedService.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        binder.forField(capacity).asRequired(texts.t("needs.error.capacity", NeedService.MAX_CAPACITY))
                .withValidator(v -> v >= 1 && v <= NeedService.MAX_CAPACITY,
                        texts.t("needs.error.capacity", NeedService.MAX_CAPACITY))
                .bind(f -> f.capacity, (f, v) -> f.capacity = v);
        HorizontalLayout when = new HorizontalLayout(startsOn, endsOn, capacity);
        when.setWrap(true);
        add(when);

        Button save = new Button(texts.t("needs.ui.form.save"), e -> save());
        save.setId("need-form-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(texts.t("needs.ui.form.cancel"), e -> back());
        cancel.setId("need-form-cancel");
        add(new HorizontalLayout(save, cancel));
    }

    private static void wide(com.vaadin.flow.component.HasSize field) {
        field.setWidth("40rem");
        field.setMaxWidth("100%");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        needId = event.getRouteParameters().getLong("id").orElse(null);
        List<NeedBehalf> choices = new java.util.ArrayList<>(needs.myBehalfChoices());
        if (needId == null) {
            heading.setText(texts.t("needs.ui.form.new"));
            behalf.setItems(choices);
            if (choices.size() == 1) {
                form.behalf = choices.getFirst();
            }
            binder.readBean(form);
            return;
        }
        heading.setText(texts.t("needs.ui.form.edit"));
        NeedDetails need = needs.details(needId).filter(NeedDetails::canEdit).orElse(null);
        if (need == null) {
            event.forwardTo(NeedBoardView.class);
            return;
        }
        if (choices.stream().noneMatch(c -> c.kind() == need.onBehalfOf().kind() && c.id() == need.onBehalfOf().id())) {
            choices.addFirst(need.onBehalfOf());
        }
        behalf.setItems(choices);
        form.title = need.title();
        form.description = need.descriptionMarkdown();
        form.forWhom = need.forWhom();
        form.behalf = choices.stream().filter(c -> c.kind() == need.onBehalfOf().kind()
                && c.id() == need.onBehalfOf().id()).findFirst().orElse(null);
        for (NeedFacet facet : NeedFacet.values()) {
            Set<String> codes = need.facets().getOrDefault(facet, Set.of());
            form.facets.put(facet, texts.terms(facet).stream().filter(t -> codes.contains(t.code()))
                    .collect(Collectors.toSet()));
        }
        form.onlineOk = need.onlineOk();
        form.startsOn = need.startsOn();
        form.endsOn = need.endsOn();
        form.capacity = need.capacityNeeded();
        binder.readBean(form);
    }

    void save() {
        if (!binder.writeBeanIfValid(form)) {
            binder.validate().getFieldValidationErrors().stream().findFirst()
                    .flatMap(s -> java.util.Optional.ofNullable(s.getField()))
                    .ifPresent(f -> {
                        if (f instanceof Focusable<?> focusable) {
                            focusable.focus();
                        }
                    });
            return;
        }
        Map<NeedFacet, Set<String>> codes = new EnumMap<>(NeedFacet.class);
        form.facets.forEach((facet, terms) -> codes.put(facet,
                terms.stream().map(Term::code).collect(Collectors.toCollection(LinkedHashSet::new))));
        NeedBehalf b = form.behalf;
        NeedDraft draft = new NeedDraft(form.title, form.description, form.forWhom,
                b.kind() == NeedBehalf.Kind.INSTITUTION ? b.id() : null,
                b.kind() == NeedBehalf.Kind.GROUP ? b.id() : null, codes, form.onlineOk, form.startsOn, form.endsOn,
                form.capacity);
        NeedDetails saved;
        try {
            saved = needId == null ? needs.create(draft) : needs.update(needId, draft);
        } catch (NeedException e) {
            HasValidation field = field(e.field());
            field.setErrorMessage(texts.t(e.messageKey(), e.args()));
            field.setInvalid(true);
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
            return;
        }
        Notification.show(texts.t("needs.ui.form.saved")).addThemeVariants(NotificationVariant.SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(NeedView.class, new RouteParameters("id", String.valueOf(saved.id()))));
    }

    private HasValidation field(String name) {
        return switch (name == null ? "" : name) {
            case "description" -> description;
            case "forWhom" -> forWhom;
            case "institutionId", "groupId" -> behalf;
            case "startsOn" -> startsOn;
            case "endsOn" -> endsOn;
            case "capacityNeeded" -> capacity;
            case "title", "" -> title;
            default -> {
                NeedFacet facet = NeedFacet.fromParameter(name);
                yield facet == null ? title : facets.get(facet);
            }
        };
    }

    private void back() {
        if (needId == null) {
            getUI().ifPresent(ui -> ui.navigate(NeedBoardView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(NeedView.class, new RouteParameters("id", String.valueOf(needId))));
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " \u2013 ThirdSpace";
    }
}
