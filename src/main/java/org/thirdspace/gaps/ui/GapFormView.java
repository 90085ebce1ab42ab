package org.thirdspace.gaps.ui;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;

import org.thirdspace.gaps.GapDetails;
import org.thirdspace.gaps.GapDraft;
import org.thirdspace.gaps.GapException;
import org.thirdspace.gaps.GapFacet;
import org.thirdspace.gaps.GapService;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;

/** Moderators post a gap ({@code gaps/new}) or edit one ({@code gaps/7/edit}). */
@Route("gaps/new")
@RouteAlias("gaps/:id([0-9]+)/edit")
@RolesAllowed({"MODERATOR", "ADMIN"})
public class GapFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GapService gaps;
    private final GapTexts texts;
    private Long gapId;
    final H1 heading = new H1();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Map<GapFacet, MultiSelectComboBox<Term>> facets = new EnumMap<>(GapFacet.class);

    public GapFormView(GapService gaps, Vocabularies vocabularies) {
        this.gaps = gaps;
        this.texts = new GapTexts(this, vocabularies);
        title.setLabel(texts.t("gaps.ui.form.title"));
        title.setHelperText(texts.t("gaps.ui.form.title.helper"));
        title.setId("gap-form-title");
        title.setRequired(true);
        title.setMaxLength(GapService.MAX_TITLE);
        title.setWidth("40rem");
        title.setMaxWidth("100%");
        description.setLabel(texts.t("gaps.ui.form.description"));
        description.setId("gap-form-description");
        description.setRequired(true);
        description.setMaxLength(GapService.MAX_DESCRIPTION);
        description.setWidth("40rem");
        description.setMaxWidth("100%");
        description.setMinHeight("10rem");
        add(heading, title, description);
        for (GapFacet facet : GapFacet.values()) {
            MultiSelectComboBox<Term> box = new MultiSelectComboBox<>(texts.facet(facet));
            box.setId("gap-form-" + facet.parameter());
            box.setItems(texts.terms(facet));
            box.setItemLabelGenerator(Term::label);
            box.setWidth("40rem");
            box.setMaxWidth("100%");
            facets.put(facet, box);
            add(box);
        }
        Button save = new Button(texts.t("gaps.ui.form.save"), e -> save());
        save.setId("gap-form-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(texts.t("gaps.ui.form.cancel"), e -> back());
        add(new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        gapId = event.getRouteParameters().getLong("id").orElse(null);
        if (gapId == null) {
            heading.setText(texts.t("gaps.ui.form.new"));
            return;
        }
        heading.setText(texts.t("gaps.ui.form.edit"));
        GapDetails gap = gaps.details(gapId).orElse(null);
        if (gap == null) {
            event.forwardTo(GapBoardView.class);
            return;
        }
        title.setValue(gap.title());
        description.setValue(gap.descriptionMarkdown());
        facets.forEach((facet, box) -> {
            Set<String> codes = gap.facets().getOrDefault(facet, Set.of());
            box.setValue(texts.terms(facet).stream().filter(t -> codes.contains(t.code())).toList());
        });
    }

    void save() {
        title.setInvalid(false);
        description.setInvalid(false);
        facets.values().forEach(b -> b.setInvalid(false));
        Map<GapFacet, Set<String>> codes = new EnumMap<>(GapFacet.class);
        facets.forEach((facet, box) -> codes.put(facet,
                box.getValue().stream().map(Term::code).collect(Collectors.toCollection(LinkedHashSet::new))));
        GapDraft draft = new GapDraft(title.getValue(), description.getValue(), codes);
        GapDetails saved;
        try {
            saved = gapId == null ? gaps.create(draft) : gaps.update(gapId, draft);
        } catch (GapException e) {
            HasValidation field = switch (e.field() == null ? "" : e.field()) {
                case "description" -> description;
                case "title", "" -> title;
                default -> {
                    GapFacet facet = GapFacet.fromParameter(e.field());
                    yield facet == null ? title : facets.get(facet);
                }
            };
            field.setErrorMessage(texts.t(e.messageKey(), e.args()));
            field.setInvalid(true);
            if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
            return;
        }
        Notification.show(texts.t("gaps.ui.form.saved")).addThemeVariants(NotificationVariant.SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(GapView.class, new RouteParameters("id", String.valueOf(saved.id()))));
    }

    private void back() {
        if (gapId == null) {
            getUI().ifPresent(ui -> ui.navigate(GapBoardView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(GapView.class, new RouteParameters("id", String.valueOf(gapId))));
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " \u2013 ThirdSpace";
    }
}
