package org.thirdspace.gaps.ui;

import java.util.ArrayList;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.gaps.GapFacet;
import org.thirdspace.gaps.GapQuery;
import org.thirdspace.gaps.GapService;
import org.thirdspace.gaps.GapStatus;
import org.thirdspace.gaps.GapSummary;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * The gap board: open gaps first, filtered by text, status and facets, paged lazily through the
 * service as the grid scrolls. Moderators post new gaps from here.
 */
@Route("gaps")
@PermitAll
@Menu(title = "gaps.ui.menu", order = 48, icon = "vaadin:puzzle-piece")
public class GapBoardView extends VerticalLayout implements HasDynamicTitle {

    private final transient GapService gaps;
    private final GapTexts texts;
    final TextField search = new TextField();
    final MultiSelectComboBox<GapStatus> status = new MultiSelectComboBox<>();
    final Map<GapFacet, MultiSelectComboBox<Term>> facets = new EnumMap<>(GapFacet.class);
    final Grid<GapSummary> grid = new Grid<>();
    final Paragraph count = new Paragraph();

    public GapBoardView(GapService gaps, Vocabularies vocabularies, AuthenticationContext authentication) {
        this.gaps = gaps;
        this.texts = new GapTexts(this, vocabularies);
        add(new H1(texts.t("gaps.ui.title")), new Paragraph(texts.t("gaps.ui.intro")));
        if (authentication.hasAnyRole("MODERATOR", "ADMIN")) {
            Button create = new Button(texts.t("gaps.ui.new"), e -> getUI().ifPresent(ui -> ui.navigate(GapFormView.class)));
            create.setId("gap-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            add(create);
        }

        search.setLabel(texts.t("gaps.ui.search"));
        search.setId("gap-search");
        search.setClearButtonVisible(true);
        search.setMaxLength(GapService.MAX_TEXT);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setLabel(texts.t("gaps.ui.status"));
        status.setId("gap-status-filter");
        status.setItems(GapStatus.values());
        status.setItemLabelGenerator(texts::status);
        status.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, status);
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", texts.t("gaps.ui.filters"));
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        for (GapFacet facet : GapFacet.values()) {
            MultiSelectComboBox<Term> box = new MultiSelectComboBox<>(texts.facet(facet));
            box.setId("gap-filter-" + facet.parameter());
            box.setItems(texts.terms(facet));
            box.setItemLabelGenerator(Term::label);
            box.addValueChangeListener(e -> refresh());
            facets.put(facet, box);
            filters.add(box);
        }
        count.setId("gap-count");
        count.getElement().setAttribute("aria-live", "polite");

        grid.setId("gap-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", texts.t("gaps.ui.title"));
        grid.addComponentColumn(g -> new RouterLink(g.title(), GapView.class, new RouteParameters("id",
                String.valueOf(g.id())))).setHeader(texts.t("gaps.ui.column.title")).setFlexGrow(3);
        grid.addColumn(g -> texts.status(g.status())).setHeader(texts.t("gaps.ui.column.status")).setAutoWidth(true);
        grid.addColumn(g -> texts.facets(g.facets())).setHeader(texts.t("gaps.ui.column.facets")).setFlexGrow(2);
        grid.addColumn(GapSummary::answerCount).setHeader(texts.t("gaps.ui.column.answers")).setAutoWidth(true);
        grid.addColumn(g -> texts.date(g.createdAt())).setHeader(texts.t("gaps.ui.column.posted")).setAutoWidth(true);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        add(filters, count, grid);
        setWidthFull();
        refresh();
    }

    GapQuery query(int page, int size) {
        Map<GapFacet, Set<String>> filters = new EnumMap<>(GapFacet.class);
        facets.forEach((facet, box) -> {
            if (!box.getValue().isEmpty()) {
                filters.put(facet, box.getValue().stream().map(Term::code).collect(Collectors.toCollection(LinkedHashSet::new)));
            }
        });
        return new GapQuery(search.getValue(), status.getValue(), filters, page, size);
    }

    void refresh() {
        long total = gaps.count(query(0, 1));
        count.setText(texts.t("gaps.ui.count", total));
        grid.setItems(q -> fetch(q.getOffset(), q.getLimit()).stream(), q -> (int) gaps.count(query(0, 1)));
    }

    /** Rows {@code offset} to {@code offset + limit} through the service's pages. */
    private List<GapSummary> fetch(int offset, int limit) {
        int size = Math.min(Math.max(limit, 1), GapService.MAX_SIZE);
        List<GapSummary> rows = new ArrayList<>();
        int page = offset / size;
        int skip = offset - page * size;
        while (rows.size() < limit) {
            List<GapSummary> items = gaps.list(query(page, size)).items();
            items.stream().skip(skip).limit(limit - rows.size()).forEach(rows::add);
            if (items.size() < size) {
                break;
            }
            skip = 0;
            page++;
        }
        return rows;
    }

    @Override
    public String getPageTitle() {
        return texts.t("gaps.ui.title") + " \u2013 ThirdSpace";
    }
}
