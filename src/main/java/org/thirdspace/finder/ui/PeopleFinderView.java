package org.thirdspace.finder.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.thirdspace.finder.Facet;
import org.thirdspace.finder.FinderParameters;
import org.thirdspace.finder.FinderQuery;
import org.thirdspace.finder.FinderResult;
import org.thirdspace.finder.InvalidFinderParameterException;
import org.thirdspace.finder.PeopleFinder;
import org.thirdspace.finder.Viewer;
import org.thirdspace.finder.Viewers;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.institutions.InstitutionSummary;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.shared.GeoPoint;

/**
 * The boundary-spanner finder. The URL is the state: every control change navigates (pushState)
 * to {@code people?q=…&role=…&inst=…&withinKm=…&sort=…&page=…}, and {@link #beforeEnter} reads
 * the parameters back, fills the controls and searches, so bookmarks, reloads and the back
 * button all show the same results. A URL with a bad parameter is shown without it and
 * corrected in place (replaceState, no new history entry). Besides the API's parameters the
 * view understands {@code inst} (near an institution) and {@code postcode} (near the
 * institution with that postcode).
 */
@Route("people")
@PermitAll
@Menu(title = "finder.title", order = 10, icon = "vaadin:search")
public class PeopleFinderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String INSTITUTION = "inst";
    static final String POSTCODE = "postcode";
    static final String NEAR_NONE = "none";
    static final String NEAR_INSTITUTION = "institution";
    static final String NEAR_POSTCODE = "postcode";

    final ComboBox<String> search = new ComboBox<>();
    final Map<Facet, CheckboxGroup<String>> facets = new EnumMap<>(Facet.class);
    final Select<String> nearMode = new Select<>();
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final TextField postcode = new TextField();
    final IntegerField withinKm = new IntegerField();
    final Select<FinderQuery.Sort> sort = new Select<>();
    final Paragraph status = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Div results = new Div();
    final Div empty = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    final Span pageInfo = new Span();
    final Button clear = new Button();

    private final PeopleFinder finder;
    private final FinderParameters parameters;
    private final Viewers viewers;
    private final InstitutionService institutions;
    private FinderQuery current = FinderQuery.of("");
    private Long currentInstitution;
    private String currentPostcode;
    private boolean updating;

    public PeopleFinderView(PeopleFinder finder, FinderParameters parameters, Viewers viewers,
            InstitutionService institutions) {
        this.finder = finder;
        this.parameters = parameters;
        this.viewers = viewers;
        this.institutions = institutions;
        addClassName("ts-finder");

        search.setLabel(getTranslation("finder.search"));
        search.setHelperText(getTranslation("finder.search.help"));
        search.setAllowCustomValue(true);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setItems(q -> suggestions(q));
        search.addCustomValueSetListener(e -> {
            search.setValue(e.getDetail());
        });
        search.addValueChangeListener(e -> changed());

        Section filters = new Section();
        filters.addClassName("ts-finder-facets");
        filters.getElement().setAttribute("aria-label", getTranslation("finder.heading"));
        for (Facet facet : Facet.values()) {
            CheckboxGroup<String> group = new CheckboxGroup<>();
            group.setLabel(getTranslation("finder.facet." + facet.param()));
            group.addValueChangeListener(e -> changed());
            facets.put(facet, group);
            filters.add(group);
        }

        nearMode.setLabel(getTranslation("finder.near"));
        nearMode.setItems(NEAR_NONE, NEAR_INSTITUTION, NEAR_POSTCODE);
        nearMode.setItemLabelGenerator(m -> getTranslation(switch (m) {
            case NEAR_INSTITUTION -> "finder.near.institution";
            case NEAR_POSTCODE -> "finder.near.postcode";
            default -> "finder.near.none";
        }));
        nearMode.setValue(NEAR_NONE);
        nearMode.addValueChangeListener(e -> {
            showNearFields();
            changed();
        });
        institution.setLabel(getTranslation("finder.institution"));
        institution.setItemLabelGenerator(i -> i.town() == null ? i.name() : i.name() + ", " + i.town());
        institution.setItems(q -> institutions.search(q.getFilter().orElse(""),
                PageRequest.of(q.getPage(), q.getPageSize())).stream());
        institution.addValueChangeListener(e -> changed());
        postcode.setLabel(getTranslation("finder.postcode"));
        postcode.setMaxLength(12);
        postcode.addValueChangeListener(e -> changed());
        withinKm.setLabel(getTranslation("finder.within"));
        withinKm.setMin(1);
        withinKm.setMax(2000);
        withinKm.setStepButtonsVisible(true);
        withinKm.addValueChangeListener(e -> changed());
        sort.setLabel(getTranslation("finder.sort"));
        sort.setItems(FinderQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("finder.sort." + s.param()));
        sort.setValue(FinderQuery.Sort.RELEVANCE);
        sort.addValueChangeListener(e -> changed());
        showNearFields();

        status.setId("finder-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        results.addClassName("ts-finder-results");
        previous.setText(getTranslation("finder.previous"));
        next.setText(getTranslation("finder.next"));
        previous.addClickListener(e -> go(current.withPage(current.page() - 1, current.size())));
        next.addClickListener(e -> go(current.withPage(current.page() + 1, current.size())));
        clear.setText(getTranslation("finder.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> go(new FinderQuery(current.text(), Map.of(), null, null,
                FinderQuery.Sort.RELEVANCE, 0, current.size()), null, null));

        FlexLayout distance = new FlexLayout(nearMode, institution, postcode, withinKm, sort);
        distance.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        distance.getStyle().set("gap", "var(--lumo-space-m)");
        Div body = new Div(filters, new Div(status, problem, results, empty,
                new HorizontalLayout(previous, pageInfo, next)));
        body.getStyle().set("display", "grid").set("grid-template-columns", "minmax(12rem, 18rem) 1fr")
                .set("gap", "var(--lumo-space-l)");
        add(new H1(getTranslation("finder.heading")), search, distance, clear, body);
    }

    private java.util.stream.Stream<String> suggestions(Query<String, String> q) {
        String prefix = q.getFilter().orElse("");
        int max = Math.min(10, q.getLimit());
        try {
            return finder.suggest(prefix, viewers.current(), max).stream().skip(q.getOffset()).limit(q.getLimit());
        } catch (SearchIndexException e) {
            return java.util.stream.Stream.empty();
        }
    }

    private void showNearFields() {
        institution.setVisible(NEAR_INSTITUTION.equals(nearMode.getValue()));
        postcode.setVisible(NEAR_POSTCODE.equals(nearMode.getValue()));
        withinKm.setVisible(!NEAR_NONE.equals(nearMode.getValue()));
    }

    // --- URL -> state -------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = FinderParameters.copy(event.getLocation().getQueryParameters().getParameters());
        Set<String> dropped = new LinkedHashSet<>();
        FinderQuery query = null;
        Long inst = null;
        String pc = null;
        for (int attempt = 0; attempt < 20 && query == null; attempt++) {
            try {
                inst = institutionParam(params);
                pc = first(params, POSTCODE);
                Map<String, List<String>> apiParams = new LinkedHashMap<>(params);
                apiParams.remove(INSTITUTION);
                apiParams.remove(POSTCODE);
                Optional<GeoPoint> point = Optional.empty();
                if (inst != null) {
                    point = finder.locateInstitution(inst);
                } else if (pc != null && !pc.isBlank()) {
                    point = finder.locatePostcode(pc);
                    if (point.isEmpty()) {
                        throw new InvalidFinderParameterException(POSTCODE, getTranslation("finder.postcode.unknown", pc));
                    }
                }
                point.ifPresent(p -> apiParams.put(FinderParameters.NEAR, List.of(p.latitude() + "," + p.longitude())));
                query = parameters.parse(apiParams);
            } catch (InvalidFinderParameterException e) {
                dropped.add(e.getMessage());
                params.remove(e.parameter());
                if (e.parameter().equals(FinderParameters.NEAR)) {
                    params.remove(FinderParameters.WITHIN_KM);
                }
            } catch (SearchIndexException e) {
                params.remove(POSTCODE);
                dropped.add(e.getMessage());
            }
        }
        if (query == null) {
            query = FinderQuery.of("");
        }
        current = query;
        currentInstitution = inst;
        currentPostcode = pc;
        problem.setText(String.join(" ", dropped));
        problem.setVisible(!dropped.isEmpty());
        fillControls();
        if (!dropped.isEmpty()) {
            // show the corrected address without adding a history entry
            UI.getCurrent().getPage().getHistory().replaceState(null,
                    new Location("people", QueryParameters.full(toUrl(query, inst, pc))));
        }
        run();
    }

    private Long institutionParam(Map<String, List<String>> params) {
        String value = first(params, INSTITUTION);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (finder.locateInstitution(id).isEmpty()) {
                throw new InvalidFinderParameterException(INSTITUTION, "inst: no institution with a location has the id " + id);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidFinderParameterException(INSTITUTION, "inst must be an institution id");
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void fillControls() {
        updating = true;
        try {
            search.setValue(current.text().isBlank() ? null : current.text());
            for (Facet facet : Facet.values()) {
                CheckboxGroup<String> group = facets.get(facet);
                group.setValue(current.values(facet));
            }
            if (currentInstitution != null) {
                nearMode.setValue(NEAR_INSTITUTION);
                institution.setValue(institutions.find(currentInstitution).orElse(null));
            } else if (currentPostcode != null) {
                nearMode.setValue(NEAR_POSTCODE);
                postcode.setValue(currentPostcode);
            } else if (current.near() == null) {
                nearMode.setValue(NEAR_NONE);
            }
            withinKm.setValue(current.withinKm() == null ? null : (int) Math.round(current.withinKm()));
            sort.setValue(current.sort());
            showNearFields();
        } finally {
            updating = false;
        }
    }

    // --- state -> URL -------------------------------------------------------------------

    /** A control changed: navigate to the URL of the new query (a new history entry). */
    private void changed() {
        if (updating) {
            return;
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        facets.forEach((facet, group) -> filters.put(facet, group.getValue()));
        Long inst = null;
        String pc = null;
        GeoPoint near = null;
        if (NEAR_INSTITUTION.equals(nearMode.getValue()) && institution.getValue() != null) {
            inst = institution.getValue().id();
            near = institution.getValue().location();
        } else if (NEAR_POSTCODE.equals(nearMode.getValue()) && !postcode.getValue().isBlank()) {
            pc = postcode.getValue().strip();
            near = new GeoPoint(0, 0); // resolved again from the URL
        }
        Double km = near == null || withinKm.getValue() == null || withinKm.getValue() < 1 ? null
                : withinKm.getValue().doubleValue();
        FinderQuery.Sort order = sort.getValue() == FinderQuery.Sort.DISTANCE && near == null
                ? FinderQuery.Sort.RELEVANCE : sort.getValue();
        go(new FinderQuery(search.getValue(), filters, near, km, order, 0, current.size()), inst, pc);
    }

    private void go(FinderQuery query) {
        go(query, currentInstitution, currentPostcode);
    }

    private void go(FinderQuery query, Long inst, String pc) {
        UI.getCurrent().navigate(PeopleFinderView.class, QueryParameters.full(toUrl(query, inst, pc)));
    }

    private Map<String, String[]> toUrl(FinderQuery query, Long inst, String pc) {
        Map<String, String[]> out = new LinkedHashMap<>();
        parameters.toParameters(query).forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        if (inst != null || pc != null) {
            out.remove(FinderParameters.NEAR);
            if (inst != null) {
                out.put(INSTITUTION, new String[] {inst.toString()});
            } else {
                out.put(POSTCODE, new String[] {pc});
            }
        }
        return out;
    }

    // --- results ------------------------------------------------------------------------

    private void run() {
        Viewer viewer = viewers.current();
        results.removeAll();
        empty.removeAll();
        FinderResult result;
        try {
            result = finder.search(current, viewer);
        } catch (SearchIndexException e) {
            status.setText(getTranslation("finder.results.none"));
            problem.setText("Search is not available at the moment. Try again shortly.");
            problem.setVisible(true);
            previous.setEnabled(false);
            next.setEnabled(false);
            return;
        }
        status.setText(result.total() == 1 ? getTranslation("finder.results.one")
                : result.total() == 0 ? getTranslation("finder.results.none")
                : getTranslation("finder.results", result.total()));
        showFacets(result);
        for (FinderResult.Item item : result.items()) {
            results.add(card(item));
        }
        if (result.total() == 0) {
            showEmpty(result);
        }
        long pages = Math.max(1, (result.total() + current.size() - 1) / current.size());
        pageInfo.setText(getTranslation("finder.page", current.page() + 1, pages));
        previous.setEnabled(current.page() > 0);
        next.setEnabled(current.page() + 1 < pages);
        clear.setVisible(!current.filters().isEmpty() || current.near() != null);
    }

    private void showFacets(FinderResult result) {
        updating = true;
        try {
            Locale locale = getLocale();
            for (Facet facet : Facet.values()) {
                CheckboxGroup<String> group = facets.get(facet);
                List<FinderResult.FacetCount> counts = result.facets().getOrDefault(facet, List.of());
                Map<String, String> labels = new LinkedHashMap<>();
                counts.forEach(c -> labels.put(c.code(), c.label() + " (" + c.count() + ")"));
                Set<String> selected = current.values(facet);
                group.setItems(new ArrayList<>(labels.keySet()));
                group.setItemLabelGenerator(code -> labels.getOrDefault(code, finder.label(facet, code, locale)));
                group.setValue(selected);
                group.setVisible(!labels.isEmpty());
            }
        } finally {
            updating = false;
        }
    }

    private Component card(FinderResult.Item item) {
        Section card = new Section();
        card.addClassName("ts-finder-card");
        H2 name = new H2(new Anchor("people/" + item.id(), item.displayName()));
        card.add(name);
        if (item.headline() != null) {
            card.add(new Paragraph(item.headline()));
        }
        List<String> facts = new ArrayList<>();
        if (item.institution() != null) {
            facts.add(item.institution());
        }
        if (item.distanceKm() != null) {
            facts.add(getTranslation("finder.distance", String.format(Locale.ROOT, "%.1f", item.distanceKm())));
        }
        if (!facts.isEmpty()) {
            card.add(new Paragraph(String.join(" \u00b7 ", facts)));
        }
        if (!item.formerly().isEmpty()) {
            Paragraph formerly = new Paragraph(getTranslation("finder.formerly", String.join(", ", item.formerly())));
            formerly.addClassName("ts-finder-formerly");
            card.add(formerly);
        }
        if (!item.why().isBlank()) {
            Paragraph why = new Paragraph(item.why());
            why.addClassName("ts-finder-why");
            card.add(why);
        }
        for (String highlight : item.highlights()) {
            Paragraph snippet = new Paragraph();
            snippet.addClassName("ts-finder-highlight");
            // already escaped; only <mark> is markup (see Highlights)
            snippet.getElement().setProperty("innerHTML", highlight);
            card.add(snippet);
        }
        return card;
    }

    private void showEmpty(FinderResult result) {
        if (!result.suggestions().isEmpty()) {
            empty.add(new Paragraph(getTranslation("finder.empty.spelling")));
            for (String suggestion : result.suggestions()) {
                Button b = new Button(suggestion, e -> go(new FinderQuery(suggestion, current.filters(), current.near(),
                        current.withinKm(), current.sort(), 0, current.size())));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                empty.add(b);
            }
        }
        if (!current.filters().isEmpty() || current.withinKm() != null) {
            empty.add(new Paragraph(getTranslation("finder.empty.filters")));
            Locale locale = getLocale();
            current.filters().forEach((facet, values) -> values.forEach(code -> {
                Map<Facet, Set<String>> fewer = new EnumMap<>(Facet.class);
                fewer.putAll(current.filters());
                Set<String> rest = new LinkedHashSet<>(values);
                rest.remove(code);
                fewer.put(facet, rest);
                Button b = new Button(getTranslation("finder.empty.remove", finder.label(facet, code, locale)),
                        e -> go(new FinderQuery(current.text(), fewer, current.near(), current.withinKm(),
                                current.sort(), 0, current.size())));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                empty.add(b);
            }));
            if (current.withinKm() != null) {
                Button b = new Button(getTranslation("finder.empty.remove", getTranslation("finder.within")),
                        e -> go(new FinderQuery(current.text(), current.filters(), current.near(), null,
                                current.sort(), 0, current.size())));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                empty.add(b);
            }
        } else if (!current.text().isBlank()) {
            empty.add(new Paragraph(getTranslation("finder.empty.text")));
        }
    }

    /** The query shown (for tests). */
    FinderQuery current() {
        return current;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finder.title");
    }
}
