package org.thirdspace.groups.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupSearch;
import org.thirdspace.groups.GroupSearchQuery;
import org.thirdspace.groups.GroupSearchResult;
import org.thirdspace.groups.GroupService;
import org.thirdspace.groups.GroupSummary;
import org.thirdspace.groups.JoinRequest;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.groups.OwnerInstitution;
import org.thirdspace.groups.Stage;
import org.thirdspace.search.SearchIndexException;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * Browse and search groups. As in the people finder, the URL is the state:
 * {@code groups?q=…&kind=…&activity=…&phase=…&region=…&stage=…&model=…&page=…}. Every control
 * change navigates to the new URL and {@link #beforeEnter} reads it back, fills the controls and
 * searches one page. Values the view does not understand are dropped and the corrected URL
 * replaces the old one. Privacy is the search service's job: private groups never come back to
 * non-members, not even in the counts.
 */
@Route("groups")
@AnonymousAllowed
@Menu(title = "groups.ui.menu.groups", order = 40, icon = "vaadin:group")
public class GroupsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    static final String TEXT = "q";
    static final String PAGE = "page";
    /** Facet names of the search result, also the URL parameter names. */
    static final List<String> FACETS = List.of("kind", "activity", "phase", "region", "stage", "model");

    final TextField search = new TextField();
    final Map<String, CheckboxGroup<String>> facets = new LinkedHashMap<>();
    final Paragraph status = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Div results = new Div();
    final Button previous = new Button();
    final Button next = new Button();
    final Span pageInfo = new Span();
    final Button clear = new Button();
    final Button newGroup = new Button();

    private final GroupSearch groupSearch;
    private final GroupTexts texts;
    private String text = "";
    private Map<String, Set<String>> filters = new LinkedHashMap<>();
    private int page;
    private boolean updating;

    public GroupsView(GroupSearch groupSearch, GroupService groupService, Vocabularies vocabularies, Clock clock,
            AuthenticationContext authentication) {
        this.groupSearch = groupSearch;
        this.texts = new GroupTexts(this, vocabularies, clock);
        addClassName("ts-group-browse");

        search.setLabel(getTranslation("groups.ui.browse.search"));
        search.setHelperText(getTranslation("groups.ui.browse.search.help"));
        search.setMaxLength(200);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.addValueChangeListener(e -> changed(0));

        Section filterSection = new Section();
        filterSection.addClassName("ts-group-facets");
        filterSection.getElement().setAttribute("aria-label", getTranslation("groups.ui.browse.filters"));
        for (String facet : FACETS) {
            CheckboxGroup<String> group = new CheckboxGroup<>();
            group.setLabel(getTranslation("groups.ui.browse.facet." + facet));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.addValueChangeListener(e -> changed(0));
            facets.put(facet, group);
            filterSection.add(group);
        }

        status.setId("groups-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        results.addClassName("ts-group-results");
        previous.setText(getTranslation("groups.ui.browse.previous"));
        next.setText(getTranslation("groups.ui.browse.next"));
        previous.addClickListener(e -> go(text, filters, page - 1));
        next.addClickListener(e -> go(text, filters, page + 1));
        clear.setText(getTranslation("groups.ui.browse.clear"));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClickListener(e -> go(text, Map.of(), 0));

        newGroup.setText(getTranslation("groups.ui.browse.new"));
        newGroup.addThemeVariants(ButtonVariant.PRIMARY);
        newGroup.addClickListener(e -> UI.getCurrent().navigate(GroupEditorView.class));
        newGroup.setVisible(authentication.isAuthenticated());

        var heading = new HorizontalLayout(new H1(getTranslation("groups.ui.browse.heading")), newGroup);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.setWidthFull();
        heading.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        Div body = new Div(filterSection, new Div(status, problem, results,
                new HorizontalLayout(previous, pageInfo, next)));
        body.addClassName("ts-group-browse-body");
        add(heading, new Paragraph(getTranslation("groups.ui.browse.intro")));
        if (authentication.isAuthenticated()) {
            mine(groupService).ifPresent(this::add);
        }
        add(search, clear, body);
    }

    /** The user's own groups and open invitations, so they need not search for them. */
    private java.util.Optional<Section> mine(GroupService groupService) {
        List<GroupSummary> own = groupService.myGroups();
        List<JoinRequest> invitations = groupService.myOpenRequests().stream()
                .filter(r -> r.kind() == JoinRequest.Kind.INVITATION).toList();
        if (own.isEmpty() && invitations.isEmpty()) {
            return java.util.Optional.empty();
        }
        Section section = new Section(new H2(getTranslation("groups.ui.browse.mine")));
        section.setId("my-groups");
        section.addClassName("ts-group-mine");
        UnorderedList list = new UnorderedList();
        for (GroupSummary g : own) {
            list.add(new ListItem(new Anchor("groups/" + g.id(), g.name()),
                    new Span(" \u2013 " + texts.kind(g.kind()))));
        }
        for (JoinRequest r : invitations) {
            list.add(new ListItem(new Anchor("groups/" + r.groupId(), r.groupName()),
                    new Span(" \u2013 " + getTranslation("groups.ui.browse.invited"))));
        }
        section.add(list);
        return java.util.Optional.of(section);
    }

    // --- URL -> state -------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FacetedQuery query = FacetedQuery.parse(event.getLocation().getQueryParameters().getParameters(), FACETS, 200,
                GroupsView::normalise);
        text = query.text();
        filters = new LinkedHashMap<>(query.filters());
        page = query.page();
        List<String> dropped = query.dropped().stream()
                .map(d -> getTranslation("groups.ui.browse.dropped", d)).toList();
        problem.setText(String.join(" ", dropped));
        problem.setVisible(!dropped.isEmpty());
        fillControls();
        if (!dropped.isEmpty()) {
            UI.getCurrent().getPage().getHistory().replaceState(null,
                    new Location("groups", QueryParameters.full(toUrl(text, filters, page))));
        }
        run();
    }


    /** The URL form of a facet value (lower-case codes), or null when it is not one. */
    static String normalise(String facet, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return switch (facet) {
                case "kind" -> GroupKind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_')).name()
                        .toLowerCase(Locale.ROOT);
                case "stage" -> Stage.fromCode(value.toLowerCase(Locale.ROOT)).code();
                case "model" -> ModelLevel.fromCode(value.toLowerCase(Locale.ROOT)).code();
                default -> value.matches("[a-z0-9][a-z0-9-]{0,79}") ? value : null;
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
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

    private void changed(int newPage) {
        if (updating) {
            return;
        }
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        facets.forEach((facet, group) -> {
            if (!group.getValue().isEmpty()) {
                chosen.put(facet, new LinkedHashSet<>(group.getValue()));
            }
        });
        go(search.getValue(), chosen, newPage);
    }

    private void go(String newText, Map<String, Set<String>> newFilters, int newPage) {
        UI.getCurrent().navigate(GroupsView.class, QueryParameters.full(toUrl(newText, newFilters, newPage)));
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

    GroupSearchQuery query() {
        Set<String> kinds = filters.getOrDefault("kind", Set.of());
        return new GroupSearchQuery(text,
                kinds.stream().map(k -> GroupKind.valueOf(k.toUpperCase(Locale.ROOT))).collect(Collectors.toSet()),
                filters.getOrDefault("activity", Set.of()), filters.getOrDefault("phase", Set.of()),
                filters.getOrDefault("region", Set.of()),
                filters.getOrDefault("stage", Set.of()).stream().map(Stage::fromCode).collect(Collectors.toSet()),
                filters.getOrDefault("model", Set.of()).stream().map(ModelLevel::fromCode).collect(Collectors.toSet()),
                page, PAGE_SIZE);
    }

    private void run() {
        results.removeAll();
        GroupSearchResult result;
        try {
            result = groupSearch.search(query());
        } catch (GroupException e) {
            showProblem(texts.errorMessage(e));
            return;
        } catch (SearchIndexException e) {
            showProblem(getTranslation("groups.ui.browse.unavailable"));
            return;
        }
        status.setText(result.total() == 0 ? getTranslation("groups.ui.browse.results.none")
                : result.total() == 1 ? getTranslation("groups.ui.browse.results.one")
                : getTranslation("groups.ui.browse.results", Long.toString(result.total())));
        showFacets(result);
        result.hits().forEach(hit -> results.add(card(hit)));
        if (result.total() == 0) {
            results.add(new Paragraph(getTranslation(filters.isEmpty() ? "groups.ui.browse.empty"
                    : "groups.ui.browse.empty.filters")));
        }
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        pageInfo.setText(getTranslation("groups.ui.browse.page", Integer.toString(page + 1), Long.toString(pages)));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
        clear.setVisible(!filters.isEmpty());
    }

    private void showProblem(String message) {
        status.setText(getTranslation("groups.ui.browse.results.none"));
        problem.setText(message);
        problem.setVisible(true);
        previous.setEnabled(false);
        next.setEnabled(false);
    }

    private void showFacets(GroupSearchResult result) {
        updating = true;
        try {
            for (String facet : FACETS) {
                CheckboxGroup<String> group = facets.get(facet);
                Map<String, Long> counts = new LinkedHashMap<>();
                for (GroupSearchResult.FacetCount c : result.facets().getOrDefault(facet, List.of())) {
                    String code = normalise(facet, c.code());
                    if (code != null) {
                        counts.merge(code, c.count(), Long::sum);
                    }
                }
                Set<String> selected = filters.getOrDefault(facet, Set.of());
                List<String> items = new ArrayList<>(counts.keySet());
                selected.stream().filter(v -> !counts.containsKey(v)).forEach(items::add);
                if (facet.equals("stage")) {
                    items.sort(java.util.Comparator.comparing(Stage::fromCode));
                } else if (facet.equals("model")) {
                    items.sort(java.util.Comparator.comparing(ModelLevel::fromCode));
                }
                Function<String, String> label = labeller(facet);
                group.setItems(items);
                group.setItemLabelGenerator(code -> getTranslation("groups.ui.browse.facet-count", label.apply(code),
                        Long.toString(counts.getOrDefault(code, 0L))));
                group.setValue(selected);
                group.setVisible(!items.isEmpty());
            }
        } finally {
            updating = false;
        }
    }

    private Function<String, String> labeller(String facet) {
        return switch (facet) {
            case "kind" -> code -> texts.kind(GroupKind.valueOf(code.toUpperCase(Locale.ROOT)));
            case "activity" -> texts::activity;
            case "phase" -> texts::phase;
            case "region" -> texts::region;
            case "stage" -> code -> texts.stage(Stage.fromCode(code));
            case "model" -> code -> texts.modelLevel(ModelLevel.fromCode(code));
            default -> code -> code;
        };
    }

    private Component card(GroupSearchResult.Hit hit) {
        GroupSummary g = hit.group();
        Section card = new Section();
        card.addClassName("ts-group-card");
        card.add(new H2(new RouterLink(g.name(), GroupView.class, new RouteParameters("id", Long.toString(g.id())))));
        List<String> facts = new ArrayList<>();
        facts.add(texts.kind(g.kind()));
        if (g.stage() != null) {
            facts.add(texts.stage(g.stage()));
        }
        if (g.modelLevel() != null) {
            facts.add(texts.modelLevel(g.modelLevel()));
        }
        facts.add(g.memberCount() == 1 ? getTranslation("groups.ui.members.count.one")
                : getTranslation("groups.ui.members.count", Integer.toString(g.memberCount())));
        Paragraph meta = new Paragraph(String.join(" \u00b7 ", facts));
        meta.addClassName("ts-group-meta");
        card.add(meta);
        if (g.visibility() != null && g.visibility() != GroupVisibility.PUBLIC) {
            Span badge = new Span(texts.visibility(g.visibility()));
            badge.getElement().getThemeList().add("badge contrast");
            card.add(badge);
        }
        if (g.institutions() != null && !g.institutions().isEmpty()) {
            card.add(new Paragraph(getTranslation("groups.ui.owners", g.institutions().stream()
                    .map(OwnerInstitution::name).collect(Collectors.joining(", ")))));
        }
        if (hit.highlights() == null || hit.highlights().isEmpty()) {
            if (g.purposeExcerpt() != null && !g.purposeExcerpt().isBlank()) {
                card.add(new Paragraph(g.purposeExcerpt()));
            }
        } else {
            for (String highlight : hit.highlights()) {
                Paragraph snippet = new Paragraph();
                snippet.addClassName("ts-group-highlight");
                // escaped by the search service; only <mark> is markup
                snippet.getElement().setProperty("innerHTML", highlight);
                card.add(snippet);
            }
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.ui.browse.heading") + " \u2013 ThirdSpace";
    }
}
