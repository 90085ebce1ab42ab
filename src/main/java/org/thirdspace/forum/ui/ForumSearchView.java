package org.thirdspace.forum.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumSearch;
import org.thirdspace.forum.ForumSearchQuery;
import org.thirdspace.forum.ForumSearchResult;
import org.thirdspace.forum.ForumSearchResult.FacetCount;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.people.PeopleService;
import org.thirdspace.search.SearchIndexException;

/**
 * Searching the forums ({@code forum/search?q=…&category=3&group=7&tag=…&solved=true&author=12&page=2}):
 * topics and posts the reader may see, one hit per topic with highlighted fragments, and facet
 * counts to narrow by category, group, tag and answered questions. The URL is the state.
 */
@Route("forum/search")
@AnonymousAllowed
public class ForumSearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    static final String TEXT = "q";
    static final String CATEGORY = "category";
    static final String GROUP = "group";
    static final String TAG = "tag";
    static final String SOLVED = "solved";
    static final String AUTHOR = "author";
    static final String PAGE = "page";
    static final List<String> FACETS = List.of(CATEGORY, GROUP, TAG, SOLVED);

    private final ForumSearch forumSearch;
    private final PeopleService people;
    private final ForumTexts texts;
    private final ForumLinks links;

    final TextField search = new TextField();
    final Map<String, Select<String>> facets = new LinkedHashMap<>();
    final Paragraph authorFilter = new Paragraph();
    final Paragraph status = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Div results = new Div();
    private final Map<String, String> state = new LinkedHashMap<>();
    private int page;
    private boolean updating;

    public ForumSearchView(ForumSearch forumSearch, ForumService forums, PeopleService people, Clock clock) {
        this.forumSearch = forumSearch;
        this.people = people;
        this.texts = new ForumTexts(this, clock);
        this.links = new ForumLinks(forums);
        addClassName("ts-forum");
        addClassName("ts-forum-search");

        search.setId("forum-search-q");
        search.setLabel(texts.t("forum.ui.search.label"));
        search.setHelperText(texts.t("forum.ui.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.addValueChangeListener(e -> changed());

        HorizontalLayout filterRow = new HorizontalLayout();
        filterRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        filterRow.setWrap(true);
        for (String facet : FACETS) {
            Select<String> select = new Select<>();
            select.setId("forum-search-" + facet);
            select.setLabel(texts.t("forum.ui.search.facet." + facet));
            select.addValueChangeListener(e -> changed());
            facets.put(facet, select);
            filterRow.add(select);
        }
        Section filters = new Section(filterRow, authorFilter);
        filters.addClassName("ts-forum-filters");
        filters.getElement().setAttribute("aria-label", texts.t("forum.ui.filters"));
        authorFilter.setId("forum-search-author");
        authorFilter.setVisible(false);

        status.setId("forum-search-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("ts-forum-problem");
        problem.setVisible(false);
        results.setId("forum-search-results");

        Div header = new Div(Parts.breadcrumbs(texts, List.of(Map.entry("forum", texts.t("forum.ui.home.heading"))),
                null), new H1(texts.t("forum.ui.search.heading")));
        header.addClassName("ts-forum-header");
        Section body = new Section(new H2(texts.t("forum.ui.search.results")), status, problem, results);
        add(header, search, filters, body);
    }

    // ------------------------------------------------------------------ URL -> state

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        links.reset();
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        state.clear();
        List<String> dropped = new ArrayList<>();
        String q = first(params, TEXT);
        if (q != null && !q.isBlank()) {
            state.put(TEXT, q.strip().length() > 200 ? q.strip().substring(0, 200) : q.strip());
        }
        for (String name : List.of(CATEGORY, GROUP, AUTHOR)) {
            String v = first(params, name);
            if (v != null && !v.isBlank()) {
                if (v.strip().matches("[0-9]{1,18}")) {
                    state.put(name, v.strip());
                } else {
                    dropped.add(texts.t("forum.ui.search.dropped", name + "=" + v.strip()));
                }
            }
        }
        String tag = first(params, TAG);
        if (tag != null && !tag.isBlank()) {
            if (tag.strip().matches("[a-z0-9-]{1,30}")) {
                state.put(TAG, tag.strip());
            } else {
                dropped.add(texts.t("forum.ui.search.dropped", TAG + "=" + tag.strip()));
            }
        }
        String solved = first(params, SOLVED);
        if ("true".equals(solved) || "false".equals(solved)) {
            state.put(SOLVED, solved);
        } else if (solved != null && !solved.isBlank()) {
            dropped.add(texts.t("forum.ui.search.dropped", SOLVED + "=" + solved));
        }
        page = 0;
        String p = first(params, PAGE);
        if (p != null) {
            try {
                page = Math.max(0, Integer.parseInt(p.strip()) - 1);
            } catch (NumberFormatException e) {
                dropped.add(texts.t("forum.ui.search.dropped", PAGE + "=" + p));
            }
        }
        problem.setText(String.join(" ", dropped));
        problem.setVisible(!dropped.isEmpty());
        run();
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    // ------------------------------------------------------------------ state -> URL

    private void changed() {
        if (updating) {
            return;
        }
        Map<String, String> next = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            next.put(TEXT, search.getValue().strip());
        }
        facets.forEach((facet, select) -> {
            if (select.getValue() != null && !select.getValue().isEmpty()) {
                next.put(facet, select.getValue());
            }
        });
        if (state.containsKey(AUTHOR)) {
            next.put(AUTHOR, state.get(AUTHOR));
        }
        go(next, 0);
    }

    private void go(Map<String, String> params, int newPage) {
        UI.getCurrent().navigate(ForumSearchView.class, QueryParameters.simple(withPage(params, newPage)));
    }

    private static Map<String, String> withPage(Map<String, String> params, int newPage) {
        Map<String, String> q = new LinkedHashMap<>(params);
        if (newPage > 0) {
            q.put(PAGE, Integer.toString(newPage + 1));
        }
        return q;
    }

    ForumSearchQuery query() {
        return new ForumSearchQuery(state.get(TEXT), longOrNull(state.get(CATEGORY)), longOrNull(state.get(GROUP)),
                state.get(TAG), state.containsKey(SOLVED) ? Boolean.valueOf(state.get(SOLVED)) : null,
                longOrNull(state.get(AUTHOR)), page, PAGE_SIZE);
    }

    private static Long longOrNull(String s) {
        return s == null ? null : Long.valueOf(s);
    }

    // ------------------------------------------------------------------ results

    private void run() {
        results.removeAll();
        ForumSearchResult result;
        try {
            result = forumSearch.search(query());
        } catch (ForumException e) {
            fillControls(null);
            showFailure(texts.error(e));
            return;
        } catch (SearchIndexException e) {
            fillControls(null);
            showFailure(texts.t("forum.ui.search.unavailable"));
            return;
        }
        fillControls(result);
        status.setText(texts.t("forum.ui.search.count", result.total()));
        if (result.hits().isEmpty()) {
            results.add(new Paragraph(texts.t("forum.ui.search.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("ts-forum-topics");
        for (ForumSearchResult.Hit hit : result.hits()) {
            list.add(hit(hit));
        }
        results.add(list);
        int pageCount = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        if (pageCount > 1) {
            Map<String, String> base = new LinkedHashMap<>(state);
            results.add(Parts.pages(texts, texts.t("forum.ui.search.pages"), page + 1, pageCount,
                    p -> "forum/search" + ForumTopicsView.queryString(withPage(base, p - 1))));
        }
    }

    private void showFailure(String message) {
        status.setText("");
        problem.setText(message);
        problem.setVisible(true);
    }

    private void fillControls(ForumSearchResult result) {
        updating = true;
        try {
            search.setValue(state.getOrDefault(TEXT, ""));
            for (String facet : FACETS) {
                Select<String> select = facets.get(facet);
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("", texts.t("forum.ui.search.any"));
                List<FacetCount> counts = result == null || result.facets() == null ? List.of()
                        : result.facets().getOrDefault(facet, List.of());
                for (FacetCount c : counts) {
                    labels.put(c.code(), texts.t("forum.ui.search.facet-count", facetLabel(facet, c), c.count()));
                }
                String chosen = state.get(facet);
                if (chosen != null && !labels.containsKey(chosen)) {
                    labels.put(chosen, facetLabel(facet, new FacetCount(chosen, null, 0)));
                }
                select.setItems(new ArrayList<>(labels.keySet()));
                select.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
                select.setValue(chosen == null ? "" : chosen);
                select.setVisible(labels.size() > 1);
            }
            authorFilter.removeAll();
            String author = state.get(AUTHOR);
            authorFilter.setVisible(author != null);
            if (author != null) {
                String name = people.profile(Long.parseLong(author)).map(pr -> pr.displayName())
                        .orElse(texts.t("forum.ui.search.author.unknown"));
                Button clear = new Button(texts.t("forum.ui.search.author.clear"), e -> {
                    Map<String, String> next = new LinkedHashMap<>(state);
                    next.remove(AUTHOR);
                    go(next, 0);
                });
                clear.setId("forum-search-author-clear");
                clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                authorFilter.add(new Span(texts.t("forum.ui.search.author", name) + " "), clear);
            }
        } finally {
            updating = false;
        }
    }

    private String facetLabel(String facet, FacetCount c) {
        if (SOLVED.equals(facet)) {
            return texts.t("true".equals(c.code()) ? "forum.ui.filter.solved.true" : "forum.ui.filter.solved.false");
        }
        return c.label() == null || c.label().isBlank() ? c.code() : c.label();
    }

    private ListItem hit(ForumSearchResult.Hit hit) {
        ListItem item = new ListItem();
        item.setId("forum-hit-" + hit.topicId());
        item.addClassName("ts-forum-topic");
        H3 title = new H3(hit.postNumber() != null && hit.postNumber() > 1
                ? Parts.post(hit.topicId(), hit.postNumber(), hit.title())
                : Parts.topic(hit.topicId(), hit.title()));
        title.addClassName("ts-forum-topic-title");
        item.add(title);
        Div markers = new Div();
        markers.addClassName("ts-forum-markers");
        if (hit.kind() == TopicKind.QUESTION) {
            markers.add(hit.solved()
                    ? Parts.badge(texts.t("forum.ui.marker.solved"), "success", VaadinIcon.CHECK_CIRCLE)
                    : Parts.badge(texts.t("forum.ui.marker.question"), null, VaadinIcon.QUESTION_CIRCLE));
        }
        item.add(markers);
        String forumHref = links.href(hit.forum());
        Paragraph meta = new Paragraph(Parts.link(forumHref, ForumTexts.nz(hit.forumName())),
                new Span(" \u00b7 " + texts.t("forum.ui.topic.by") + " "),
                Parts.profile(hit.authorPersonId(), hit.authorName()), new Span(" "), byAuthor(hit),
                new Span(" \u00b7 " + texts.t("forum.ui.topic.replies", hit.replyCount()) + " \u00b7 "
                        + texts.t("forum.ui.topic.last-activity") + " "),
                Parts.time(texts, hit.lastPostedAt()));
        meta.addClassName("ts-forum-meta");
        item.add(meta);
        if (hit.tags() != null && !hit.tags().isEmpty()) {
            item.add(Parts.tags(texts, hit.tags(), forumHref));
        }
        if (hit.highlights() != null) {
            for (ForumSearchResult.Highlight h : hit.highlights()) {
                Div snippet = new Div();
                snippet.addClassName("ts-forum-highlight");
                Span where = new Span("post".equals(h.part()) && h.postNumber() != null
                        ? texts.t("forum.ui.search.in-post", h.postNumber())
                        : texts.t("forum.ui.search.in-title"));
                where.addClassName("ts-forum-highlight-part");
                // escaped by the search service; only <mark> is markup
                Span html = new Span();
                html.getElement().setProperty("innerHTML", h.html() == null ? "" : h.html());
                snippet.add(where, new Span(" "), html);
                item.add(snippet);
            }
        }
        return item;
    }

    /** A link narrowing the search to posts by the hit's author. */
    private com.vaadin.flow.component.html.Anchor byAuthor(ForumSearchResult.Hit hit) {
        Map<String, String> q = new LinkedHashMap<>(state);
        q.put(AUTHOR, Long.toString(hit.authorPersonId()));
        var a = Parts.link("forum/search" + ForumTopicsView.queryString(q), texts.t("forum.ui.search.by-author"));
        a.getElement().setAttribute("aria-label",
                texts.t("forum.ui.search.by-author.label", ForumTexts.nz(hit.authorName())));
        a.addClassName("ts-forum-small");
        return a;
    }

    @Override
    public String getPageTitle() {
        return texts.t("forum.ui.search.heading") + " \u2013 ThirdSpace";
    }
}
