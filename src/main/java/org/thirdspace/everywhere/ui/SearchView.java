package org.thirdspace.everywhere.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.thirdspace.everywhere.EverywhereException;
import org.thirdspace.everywhere.EverywhereQuery;
import org.thirdspace.everywhere.EverywhereResult;
import org.thirdspace.everywhere.SearchEverywhere;
import org.thirdspace.everywhere.SearchType;

/**
 * Search everywhere results ({@code search?q=...&type=...&page=...}): a search field, a tab list
 * with a tab per type showing its count (ids {@code search-tab-all}, {@code search-tab-<type>};
 * arrow keys move between tabs, Down from a tab into the results), and the results panel
 * ({@code id="search-results"}, a {@code tabpanel}) whose links the Up and Down keys also move
 * between. A new search moves the focus to the results heading; a skip link leads to the results.
 * Visitors get what visitors may see; the services decide.
 */
@Route("search")
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String RESULTS_ID = "search-results";
    private static final String ALL = "all";

    private final transient SearchEverywhere search;
    final H1 heading = new H1();
    final TextField field = new TextField();
    final Button submit = new Button();
    final Paragraph status = new Paragraph();
    final Tabs tabs = new Tabs();
    final Map<String, Tab> tabByType = new LinkedHashMap<>();
    final Div results = new Div();
    private String text = "";
    private SearchType type;
    private int page;
    /** The text of the last search shown: focus moves to the heading only when it changes. */
    private String shownText;
    private boolean updatingTabs;

    public SearchView(SearchEverywhere search) {
        this.search = search;
        addClassName("ts-everywhere");
        addAttachListener(e -> e.getUI().getPage().addStyleSheet(GlobalSearchBox.STYLESHEET));

        heading.setId("search-heading");
        heading.addClassName("ts-everywhere-heading");
        heading.getElement().setAttribute("tabindex", "-1");

        field.setId("search-field");
        field.setLabel(getTranslation("everywhere.view.field"));
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchEverywhere.MAX_TEXT);
        field.getElement().setAttribute("enterkeyhint", "search");
        field.getElement().setAttribute("autocomplete", "off");
        submit.setText(getTranslation("everywhere.view.submit"));
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> GlobalSearchBox.go(field.getValue()));
        Shortcuts.addShortcutListener(field, () -> GlobalSearchBox.go(field.getValue()), Key.ENTER).listenOn(field)
                .resetFocusOnActiveElement();
        Div form = new Div(field, submit);
        form.addClassName("ts-everywhere-form");
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("everywhere.view.heading"));

        Anchor skip = new Anchor("#" + RESULTS_ID, getTranslation("everywhere.view.skip"));
        skip.addClassName("ts-skip-link");

        status.setId("search-status");
        status.getElement().setAttribute("role", "status");

        tabs.addClassName("ts-everywhere-tabs");
        tabs.getElement().setAttribute("aria-label", getTranslation("everywhere.view.tabs"));
        updatingTabs = true;
        addTab(ALL);
        for (SearchType t : SearchType.values()) {
            addTab(t.param());
        }
        updatingTabs = false;
        tabs.addSelectedChangeListener(e -> {
            if (!updatingTabs && e.getSelectedTab() != null && !text.isEmpty()) {
                String chosen = tabByType.entrySet().stream().filter(en -> en.getValue() == e.getSelectedTab())
                        .map(Map.Entry::getKey).findFirst().orElse(ALL);
                if (chosen.equals(type == null ? ALL : type.param())) {
                    return;
                }
                Map<String, String> params = new LinkedHashMap<>();
                params.put("q", text);
                if (!ALL.equals(chosen)) {
                    params.put("type", chosen);
                }
                UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(params));
            }
        });
        // Down from a tab goes to the first result (Left/Right between tabs is vaadin-tabs' own)
        tabs.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'ArrowDown') return;
                  const first = document.querySelector('#%s a.ts-everywhere-link');
                  if (first) { e.preventDefault(); first.focus(); }
                });""".formatted(RESULTS_ID));

        results.setId(RESULTS_ID);
        results.getElement().setAttribute("role", "tabpanel");
        results.addClassName("ts-everywhere-results");
        // Up and Down between the result links; Up from the first goes back to the selected tab
        results.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                  const links = Array.from(this.querySelectorAll('a.ts-everywhere-link'));
                  const i = links.indexOf(document.activeElement);
                  if (i < 0) return;
                  e.preventDefault();
                  if (e.key === 'ArrowUp' && i === 0) {
                    const tab = document.querySelector('.ts-everywhere-tabs vaadin-tab[selected]');
                    if (tab) tab.focus();
                    return;
                  }
                  links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
                });""");

        Paragraph keyboard = new Paragraph(getTranslation("everywhere.view.keyboard"));
        keyboard.addClassName("ts-visually-hidden");
        add(heading, form, skip, status, tabs, keyboard, results);
    }

    private void addTab(String key) {
        Tab tab = new Tab(label(key));
        tab.setId("search-tab-" + key);
        tabByType.put(key, tab);
        tabs.add(tab);
    }

    private String label(String key) {
        return getTranslation("everywhere.type." + key);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        text = first(params, "q").strip();
        String typeParam = first(params, "type").strip();
        type = typeParam.isEmpty() ? null : SearchType.fromParam(typeParam).orElse(null);
        page = 0;
        try {
            page = Math.max(0, Integer.parseInt(first(params, "page")));
        } catch (NumberFormatException e) {
            page = 0;
        }
        field.setValue(text);
        render(typeParam.isEmpty() || type != null ? null : typeParam);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    private void render(String unknownType) {
        results.removeAll();
        field.setInvalid(false);
        boolean newSearch = !Objects.equals(text, shownText);
        shownText = text;
        if (text.isEmpty()) {
            heading.setText(getTranslation("everywhere.view.heading"));
            status.setText(getTranslation("everywhere.view.empty-query"));
            tabs.setVisible(false);
            return;
        }
        heading.setText(getTranslation("everywhere.view.heading-for", text));
        EverywhereResult result;
        try {
            result = search.search(new EverywhereQuery(text, type, page,
                    type == null ? SearchEverywhere.DEFAULT_PREVIEW : SearchEverywhere.DEFAULT_SIZE));
        } catch (EverywhereException e) {
            field.setInvalid(true);
            field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            status.setText(field.getErrorMessage());
            tabs.setVisible(false);
            return;
        }
        tabs.setVisible(true);
        updateTabs(result);
        if (unknownType != null) {
            results.add(new Paragraph(getTranslation("everywhere.error.type", unknownType)));
        }
        if (!result.unavailable().isEmpty()) {
            Paragraph notice = new Paragraph(getTranslation("everywhere.view.unavailable", result.unavailable().stream()
                    .map(t -> label(t.param())).collect(Collectors.joining(", "))));
            notice.addClassName("ts-everywhere-unavailable");
            results.add(notice);
        }
        if (type == null) {
            renderAll(result);
        } else {
            renderType(result.section(type));
        }
        if (newSearch) {
            heading.getElement().executeJs("this.focus()");
        }
    }

    private void updateTabs(EverywhereResult result) {
        updatingTabs = true;
        try {
            Map<SearchType, Long> counts = new EnumMap<>(result.counts());
            setTabLabel(ALL, result.total());
            counts.forEach((t, count) -> setTabLabel(t.param(), count));
            Tab selected = tabByType.get(type == null ? ALL : type.param());
            tabs.setSelectedTab(selected);
            results.getElement().setAttribute("aria-labelledby", selected.getId().orElseThrow());
        } finally {
            updatingTabs = false;
        }
    }

    private void setTabLabel(String key, long count) {
        Tab tab = tabByType.get(key);
        tab.setLabel(getTranslation("everywhere.tab.count", label(key), count));
    }

    private void renderAll(EverywhereResult result) {
        status.setText(result.total() == 0 ? getTranslation("everywhere.view.none", text)
                : getTranslation("everywhere.view.total", result.total()));
        for (EverywhereResult.Section section : result.sections()) {
            if (section.total() == 0) {
                continue;
            }
            String key = section.type().param();
            H2 title = new H2(getTranslation("everywhere.tab.count", label(key), section.total()));
            title.setId("search-section-" + key);
            results.add(title, list(section.hits()));
            if (section.total() > section.hits().size()) {
                RouterLink more = new RouterLink(getTranslation("everywhere.view.more", section.total(),
                        getTranslation("everywhere.type.lower." + key)), SearchView.class);
                more.setQueryParameters(QueryParameters.simple(Map.of("q", text, "type", key)));
                more.setId("search-more-" + key);
                results.add(new Paragraph(more));
            }
        }
    }

    private void renderType(EverywhereResult.Section section) {
        String key = section.type().param();
        String lower = getTranslation("everywhere.type.lower." + key);
        status.setText(section.total() == 0 ? getTranslation("everywhere.view.none-type", text, lower)
                : getTranslation("everywhere.view.type-total", getTranslation("everywhere.tab.count", label(key),
                        section.total())));
        if (section.total() == 0) {
            return;
        }
        results.add(list(section.hits()));
        int size = SearchEverywhere.DEFAULT_SIZE;
        long pages = Math.min((section.total() + size - 1) / size, SearchEverywhere.MAX_WINDOW / size);
        if (pages > 1) {
            Div paging = new Div();
            paging.addClassName("ts-everywhere-paging");
            if (page > 0) {
                paging.add(pageLink("everywhere.view.previous", page - 1, "search-previous"));
            }
            paging.add(new Span(getTranslation("everywhere.view.page", page + 1, pages)));
            if (page + 1 < pages) {
                paging.add(pageLink("everywhere.view.next", page + 1, "search-next"));
            }
            results.add(paging);
        }
    }

    private Component pageLink(String key, int target, String id) {
        RouterLink link = new RouterLink(getTranslation(key), SearchView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of("q", text, "type", type.param(),
                "page", Integer.toString(target))));
        link.setId(id);
        return link;
    }

    private OrderedList list(List<EverywhereResult.Hit> hits) {
        OrderedList list = new OrderedList();
        list.addClassName("ts-everywhere-list");
        for (EverywhereResult.Hit hit : hits) {
            ListItem item = new ListItem();
            item.addClassName("ts-everywhere-hit");
            Anchor link = new Anchor(hit.link(), hit.title());
            link.addClassName("ts-everywhere-link");
            link.getElement().setAttribute("router-link", true);
            item.add(link);
            if (!hit.context().isBlank()) {
                Span context = new Span(hit.context());
                context.addClassName("ts-everywhere-context");
                item.add(context);
            }
            if (!hit.snippet().isBlank()) {
                // the snippet is escaped text in which only <mark> is markup (see MarkedHighlights)
                item.add(new Html("<span class=\"ts-everywhere-snippet\">" + hit.snippet() + "</span>"));
            }
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return text.isEmpty() ? getTranslation("everywhere.view.title")
                : getTranslation("everywhere.view.title-for", text);
    }

}
