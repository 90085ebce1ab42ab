package org.thirdspace.needs.ui;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedQuery;
import org.thirdspace.needs.NeedService;
import org.thirdspace.needs.NeedStatus;
import org.thirdspace.needs.NeedSummary;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * The needs board: open needs first, filtered by text, status and facets, paged lazily through
 * the service as the grid scrolls. Members post new needs from here.
 */
@Route("needs")
@PermitAll
@Menu(title = "needs.ui.menu", order = 47, icon = "vaadin:clipboard-text")
public class NeedBoardView extends VerticalLayout implements HasDynamicTitle {

    private final transient NeedService needs;
    private final NeedTexts texts;
    final TextField search = new TextField();
    final MultiSelectComboBox<NeedStatus> status = new MultiSelectComboBox<>();
    final Map<NeedFacet, MultiSelectComboBox<Term>> facets = new EnumMap<>(NeedFacet.class);
    final Grid<NeedSummary> grid = new Grid<>();
    final Paragraph count = new Paragraph();

    public NeedBoardView(NeedService needs, Vocabularies vocabularies) {
        this.needs = needs;
        this.texts = new NeedTexts(this, vocabularies);
        add(new H1(texts.t("needs.ui.title")), new Paragraph(texts.t("needs.ui.intro")));
        Button create = new Button(texts.t("needs.ui.new"),
                e -> getUI().ifPresent(ui -> ui.navigate(NeedFormView.class)));
        create.setId("need-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(create);

        search.setLabel(texts.t("needs.ui.search"));
        search.setId("need-search");
        search.setClearButtonVisible(true);
        search.setMaxLength(NeedService.MAX_TEXT);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setLabel(texts.t("needs.ui.status"));
        status.setId("need-status-filter");
        status.setItems(NeedStatus.values());
        status.setItemLabelGenerator(texts::status);
        status.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, status);
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", texts.t("needs.ui.filters"));
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        for (NeedFacet facet : NeedFacet.values()) {
            MultiSelectComboBox<Term> box = new MultiSelectComboBox<>(texts.facet(facet));
            box.setId("need-filter-" + facet.parameter());
            box.setItems(texts.terms(facet));
            box.setItemLabelGenerator(Term::label);
            box.addValueChangeListener(e -> refresh());
            facets.put(facet, box);
            filters.add(box);
        }
        count.setId("need-count");
        count.getElement().setAttribute("aria-live", "polite");

        grid.setId("need-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", texts.t("needs.ui.title"));
        grid.addComponentColumn(n -> new RouterLink(n.title(), NeedView.class,
                new RouteParameters("id", String.valueOf(n.id())))).setHeader(texts.t("needs.ui.column.title"))
                .setFlexGrow(3);
        grid.addColumn(n -> texts.status(n.status())).setHeader(texts.t("needs.ui.column.status")).setAutoWidth(true);
        grid.addColumn(n -> n.onBehalfOf().name()).setHeader(texts.t("needs.ui.column.behalf")).setFlexGrow(2);
        grid.addColumn(NeedSummary::forWhom).setHeader(texts.t("needs.ui.column.for-whom")).setFlexGrow(2);
        grid.addColumn(n -> texts.facets(n.facets())).setHeader(texts.t("needs.ui.column.facets")).setFlexGrow(2);
        grid.addColumn(n -> texts.date(n.createdAt())).setHeader(texts.t("needs.ui.column.posted")).setAutoWidth(true);
        grid.setHeight("32rem");
        add(filters, count, grid);
        setWidthFull();
        refresh();
    }

    NeedQuery query(int page, int size) {
        Map<NeedFacet, Set<String>> filters = new EnumMap<>(NeedFacet.class);
        facets.forEach((facet, box) -> {
            if (!box.getValue().isEmpty()) {
                filters.put(facet, box.getValue().stream().map(Term::code)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
            }
        });
        return new NeedQuery(search.getValue(), status.getValue(), filters, page, size);
    }

    void refresh() {
        long total = needs.count(query(0, 1));
        count.setText(texts.t("needs.ui.count", total));
        grid.setItems(q -> fetch(q.getOffset(), q.getLimit()).stream(), q -> (int) needs.count(query(0, 1)));
    }

    /** Rows {@code offset} to {@code offset + limit} through the service's pages. */
    private List<NeedSummary> fetch(int offset, int limit) {
        return PagedRows.fetch(offset, limit, NeedService.MAX_SIZE,
                (page, size) -> needs.list(query(page, size)).items());
    }

    @Override
    public String getPageTitle() {
        return texts.t("needs.ui.title") + " \u2013 ThirdSpace";
    }
}
