package org.thirdspace.casestudies.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.shared.web.FacetedQuery;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudySearch;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.casestudies.CaseStudySearchResult;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.CaseStudyStatus;
import org.thirdspace.casestudies.CaseStudySummary;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * Browse and search published case studies. The URL is the state:
 * {@code case-studies?q=…&activity=…&sector=…&phase=…&region=…&model=…&evidence=…&page=…}; every
 * control change navigates to a new URL and {@link #beforeEnter} reads it back and searches one
 * page. Logged-in members also see the case studies they write (with their workflow state) and,
 * for reviewers, a link to the review queue. What a user may not see is the search service's job.
 */
@Route("case-studies")
@AnonymousAllowed
@Menu(title = "casestudies.ui.menu", order = 45, icon = "vaadin:book")
public class CaseStudiesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseStudiesView.class);

    static final int PAGE_SIZE = 20;
    static final String TEXT = "q";
    static final String PAGE = "page";
    /** Facet names of the search result, also the URL parameter names. */
    static final List<String> FACETS = List.of("activity", "sector", "phase", "region", "model", "evidence",
            "good-practice");

    final TextField search = new TextField();
    final Map<String, CheckboxGroup<String>> facets = new LinkedHashMap<>();
    final Paragraph status = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Div results = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    final Span pageInfo = new Span();
    final Button clear = new Button();
    final Button write = new Button();

    private final CaseStudySearch caseStudySearch;
    private final CaseStudyTexts texts;
    private String text = "";
    private Map<String, Set<String>> filters = new LinkedHashMap<>();
    private int page;
    private boolean updating;

    public CaseStudiesView(CaseStudySearch caseStudySearch, CaseStudyService caseStudies, Vocabularies vocabularies,
            Clock clock, AuthenticationContext authentication) {
        this.caseStudySearch = caseStudySearch;
        this.texts = new CaseStudyTexts(this, vocabularies, clock);
        addClassName("ts-cs-browse");

        search.setId("cs-search");
        search.setLabel(getTranslation("casestudies.ui.browse.search"));
        search.setHelperText(getTranslation("casestudies.ui.browse.search.help"));
        search.setMaxLength(200);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.addValueChangeListener(e -> changed());

        Section filterSection = new Section();
        filterSection.addClassName("ts-cs-facets");
        filterSection.getElement().setAttribute("aria-label", getTranslation("casestudies.ui.browse.filters"));
        for (String facet : FACETS) {
            CheckboxGroup<String> group = new CheckboxGroup<>();
            group.setId("cs-facet-" + facet);
            group.setLabel(getTranslation("casestudies.ui.browse.facet." + facet));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.addValueChangeListener(e -> changed());
            group.setVisible(false);
            facets.put(facet, group);
            filterSection.add(group);
        }

        status.setId("cs-results-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("ts-cs-problem");
        problem.setVisible(false);
        results.setId("cs-results");
        results.addClassName("ts-cs-results");
        previous.setText(getTranslation("casestudies.ui.browse.previous"));
        previous.setId("cs-previous");
        next.setText(getTranslation("casestudies.ui.browse.next"));
        next.setId("cs-next");
        previous.addClickListener(e -> go(text, filters, page - 1));
        next.addClickListener(e -> go(text, filters, page + 1));
        clear.setText(getTranslation("casestudies.ui.browse.clear"));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClickListener(e -> go(text, Map.of(), 0));

        write.setId("cs-new");
        write.setText(getTranslation("casestudies.ui.browse.new"));
        write.addThemeVariants(ButtonVariant.PRIMARY);
        write.addClickListener(e -> UI.getCurrent().navigate(CaseStudyEditorView.class));
        write.setVisible(authentication.isAuthenticated());

        var heading = new HorizontalLayout(new H1(getTranslation("casestudies.ui.browse.heading")), write);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.setWidthFull();
        heading.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        add(heading, new Paragraph(getTranslation("casestudies.ui.browse.intro")));
        if (authentication.isAuthenticated()) {
            mine(caseStudies, authentication).ifPresent(this::add);
        }
        HorizontalLayout paging = new HorizontalLayout(previous, pageInfo, next);
        paging.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Div body = new Div(filterSection, new Div(status, problem, results, paging));
        body.addClassName("ts-cs-browse-body");
        add(new H2(getTranslation("casestudies.ui.browse.published")), search, clear, body);
    }

    /** The case studies the user writes, with their state, and the review queue for reviewers. */
    private Optional<Section> mine(CaseStudyService caseStudies, AuthenticationContext authentication) {
        List<CaseStudySummary> own;
        boolean reviewer;
        try {
            own = caseStudies.mine();
            reviewer = authentication.hasAnyRole("MODERATOR", "ADMIN") || !caseStudies.reviewQueue().isEmpty();
        } catch (CaseStudyException e) {
            return Optional.empty();
        }
        if (own.isEmpty() && !reviewer) {
            return Optional.empty();
        }
        Section section = new Section(new H2(getTranslation("casestudies.ui.browse.mine")));
        section.setId("cs-mine");
        section.addClassName("ts-cs-mine");
        if (reviewer) {
            section.add(new Paragraph(new RouterLink(getTranslation("casestudies.ui.browse.review-queue"),
                    ReviewQueueView.class)));
        }
        if (!own.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (CaseStudySummary s : own) {
                ListItem item = new ListItem(link(s.id(), s.title()), new Span(" "), Parts.statusBadge(texts, s.status()));
                if (s.status() != CaseStudyStatus.PUBLISHED && s.publishedRevision() != null) {
                    item.add(new Span(" "), Parts.badge(getTranslation("casestudies.ui.browse.has-published"),
                            "success", VaadinIcon.CHECK));
                }
                if (s.dueForReview()) {
                    item.add(new Span(" "), Parts.badge(getTranslation("casestudies.ui.due"), "error",
                            VaadinIcon.CLOCK));
                }
                if (s.groupName() != null) {
                    item.add(new Span(" \u2013 " + s.groupName()));
                }
                list.add(item);
            }
            section.add(list);
        }
        return Optional.of(section);
    }

    static RouterLink link(long id, String title) {
        return new RouterLink(title, CaseStudyView.class, new RouteParameters("id", Long.toString(id)));
    }

    // --- URL -> state -------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FacetedQuery query = FacetedQuery.parse(event.getLocation().getQueryParameters().getParameters(), FACETS, 200,
                CaseStudiesView::normalise);
        text = query.text();
        filters = new LinkedHashMap<>(query.filters());
        page = query.page();
        List<String> dropped = query.dropped().stream()
                .map(d -> getTranslation("casestudies.ui.browse.dropped", d)).toList();
        problem.setText(String.join(" ", dropped));
        problem.setVisible(!dropped.isEmpty());
        fillControls();
        if (!dropped.isEmpty()) {
            UI.getCurrent().getPage().getHistory().replaceState(null,
                    new Location("case-studies", QueryParameters.full(toUrl(text, filters, page))));
        }
        run();
    }


    /** The URL form of a facet value, or null when it is not one. */
    static String normalise(String facet, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (facet) {
            case "model" -> value.matches("[1-4]") ? value : null;
            // the curation badge: only "true" is a filter (not having the badge is no practice to look for)
            case "good-practice" -> "true".equals(value) ? value : null;
            default -> value.matches("[a-z0-9][a-z0-9-]{0,79}") ? value : null;
        };
    }

    private void fillControls() {
        updating = true;
        try {
            search.setValue(text);
            facets.forEach((facet, group) -> {
                Set<String> selected = filters.getOrDefault(facet, Set.of());
                group.setItems(new ArrayList<>(selected));
                group.setValue(selected);
            });
        } finally {
            updating = false;
        }
    }

    // --- state -> URL -------------------------------------------------------------------

    private void changed() {
        if (updating) {
            return;
        }
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        facets.forEach((facet, group) -> {
            if (!group.getValue().isEmpty()) {
                chosen.put(facet, new LinkedHashSet<>(group.getValue()));
            }
        });
        go(search.getValue(), chosen, 0);
    }

    private void go(String newText, Map<String, Set<String>> newFilters, int newPage) {
        UI.getCurrent().navigate(CaseStudiesView.class, QueryParameters.full(toUrl(newText, newFilters, newPage)));
    }

    static Map<String, String[]> toUrl(String text, Map<String, Set<String>> filters, int page) {
        Map<String, String[]> out = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            out.put(TEXT, new String[] {text.strip()});
        }
        for (String facet : FACETS) {
            Set<String> values = filters.getOrDefault(facet, Set.of());
            if (!values.isEmpty()) {
                out.put(facet, values.stream().sorted().toArray(String[]::new));
            }
        }
        if (page > 0) {
            out.put(PAGE, new String[] {Integer.toString(page + 1)});
        }
        return out;
    }

    // --- results ------------------------------------------------------------------------

    CaseStudySearchQuery query() {
        return new CaseStudySearchQuery(text, filters.getOrDefault("activity", Set.of()),
                filters.getOrDefault("sector", Set.of()), filters.getOrDefault("phase", Set.of()),
                filters.getOrDefault("region", Set.of()),
                filters.getOrDefault("model", Set.of()).stream().map(Integer::valueOf).collect(Collectors.toSet()),
                filters.getOrDefault("evidence", Set.of()), null, page, PAGE_SIZE)
                .withGoodPractice(filters.getOrDefault("good-practice", Set.of()).contains("true"));
    }

    private void run() {
        results.removeAll();
        clear.setVisible(!filters.isEmpty());
        CaseStudySearchResult result;
        try {
            result = caseStudySearch.search(query());
        } catch (CaseStudyException e) {
            showProblem(texts.error(e));
            return;
        } catch (SearchIndexException e) {
            showProblem(getTranslation("casestudies.ui.browse.unavailable"));
            return;
        } catch (RuntimeException e) {
            // the page (and the user's own case studies) stays usable while search is down
            LOG.warn("Case-study search failed: {}", e.toString());
            showProblem(getTranslation("casestudies.ui.browse.unavailable"));
            return;
        }
        status.setText(result.total() == 0 ? getTranslation("casestudies.ui.browse.results.none")
                : result.total() == 1 ? getTranslation("casestudies.ui.browse.results.one")
                : getTranslation("casestudies.ui.browse.results", Long.toString(result.total())));
        showFacets(result);
        result.hits().forEach(hit -> results.add(card(hit)));
        if (result.total() == 0) {
            results.add(new Paragraph(getTranslation(filters.isEmpty() && text.isEmpty()
                    ? "casestudies.ui.browse.empty" : "casestudies.ui.browse.empty.filters")));
        }
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        pageInfo.setText(getTranslation("casestudies.ui.browse.page", Integer.toString(page + 1),
                Long.toString(pages)));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }

    private void showProblem(String message) {
        status.setText(getTranslation("casestudies.ui.browse.results.none"));
        problem.setText(message);
        problem.setVisible(true);
        previous.setEnabled(false);
        next.setEnabled(false);
    }

    private void showFacets(CaseStudySearchResult result) {
        updating = true;
        try {
            for (String facet : FACETS) {
                CheckboxGroup<String> group = facets.get(facet);
                Map<String, Long> counts = new LinkedHashMap<>();
                for (CaseStudySearchResult.FacetCount c : result.facets().getOrDefault(facet, List.of())) {
                    String code = normalise(facet, c.code());
                    if (code != null) {
                        counts.merge(code, c.count(), Long::sum);
                    }
                }
                Set<String> selected = filters.getOrDefault(facet, Set.of());
                List<String> items = new ArrayList<>(counts.keySet());
                selected.stream().filter(v -> !counts.containsKey(v)).forEach(items::add);
                if (facet.equals("model")) {
                    items.sort(Comparator.naturalOrder());
                }
                Function<String, String> label = labeller(facet);
                group.setItems(items);
                group.setItemLabelGenerator(code -> getTranslation("casestudies.ui.browse.facet-count",
                        label.apply(code), Long.toString(counts.getOrDefault(code, 0L))));
                group.setValue(selected);
                group.setVisible(!items.isEmpty());
            }
        } finally {
            updating = false;
        }
    }

    private Function<String, String> labeller(String facet) {
        return switch (facet) {
            case "activity" -> texts::activity;
            case "sector" -> texts::sector;
            case "phase" -> texts::phase;
            case "region" -> texts::region;
            case "model" -> code -> texts.modelLevel(Integer.valueOf(code));
            case "evidence" -> texts::evidenceStrengthLabel;
            case "good-practice" -> code -> getTranslation("casestudies.ui.browse.good-practice");
            default -> code -> code;
        };
    }

    private Component card(CaseStudySearchResult.Hit hit) {
        Section card = new Section();
        card.addClassName("ts-cs-card");
        card.setId("cs-hit-" + hit.id());
        card.add(new H2(link(hit.id(), hit.title())));
        List<String> facts = new ArrayList<>();
        if (hit.groupName() != null) {
            facts.add(hit.groupName());
        }
        if (hit.publishedAt() != null) {
            facts.add(getTranslation("casestudies.ui.published-on", texts.dateTime(hit.publishedAt())));
        }
        if (hit.modelLevel() != null) {
            facts.add(texts.modelLevel(hit.modelLevel()));
        }
        if (hit.evidenceStrength() != null) {
            facts.add(texts.evidenceStrength(hit.evidenceStrength()));
        }
        if (hit.activities() != null && !hit.activities().isEmpty()) {
            facts.add(texts.joined(hit.activities(), texts::activity));
        }
        if (hit.regions() != null && !hit.regions().isEmpty()) {
            facts.add(texts.joined(hit.regions(), texts::region));
        }
        Paragraph meta = new Paragraph(String.join(" \u00b7 ", facts));
        meta.addClassName("ts-cs-meta");
        card.add(meta);
        if (hit.dueForReview()) {
            card.add(Parts.badge(getTranslation("casestudies.ui.due"), "error", VaadinIcon.CLOCK));
        }
        if (hit.highlights() == null || hit.highlights().isEmpty()) {
            if (hit.summary() != null && !hit.summary().isBlank()) {
                card.add(new Paragraph(hit.summary()));
            }
        } else {
            for (CaseStudySearchResult.Highlight highlight : hit.highlights()) {
                Div snippet = new Div();
                snippet.addClassName("ts-cs-highlight");
                Span where = new Span(getTranslation("casestudies.ui.browse.found-in", texts.part(highlight.part())));
                where.addClassName("ts-cs-highlight-part");
                // escaped by the search service; only <mark> is markup
                Span html = new Span();
                html.getElement().setProperty("innerHTML", highlight.html() == null ? "" : highlight.html());
                snippet.add(where, html);
                card.add(snippet);
            }
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casestudies.ui.browse.heading") + " \u2013 ThirdSpace";
    }
}
