package org.thirdspace.forum.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ForumWatching;
import org.thirdspace.forum.TopicList;
import org.thirdspace.forum.TopicListQuery;
import org.thirdspace.forum.WatchTarget;

/**
 * The topics of one forum (a category or a group's forum), a page at a time: pinned first, then
 * by latest activity, with markers, reply counts and what is unread for the reader. Filters by
 * tag, answered or unanswered questions and unread topics live in the URL
 * ({@code ?tag=…&solved=true|false&unread=1&page=2}). Members start topics here, watch the forum
 * and mark it all read. A forum the user may not see looks exactly like one that does not exist.
 */
abstract class ForumTopicsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    static final String TAG = "tag";
    static final String SOLVED = "solved";
    static final String UNREAD = "unread";
    static final String PAGE = "page";

    /** What the header of a forum shows. */
    record ForumHeader(ForumKey key, String name, String description, String href, List<Component> badges,
            List<Component> links, boolean watching, boolean canPost) {
    }

    protected final ForumService forums;
    protected final ForumWatching watching;
    protected final AuthenticationContext authentication;
    protected final ForumTexts texts;
    protected final ForumLinks links;

    final H1 heading = new H1();
    final TextField tagFilter = new TextField();
    final Select<String> solvedFilter = new Select<>();
    final Checkbox unreadFilter = new Checkbox();
    final Paragraph status = new Paragraph();
    final Div results = new Div();
    Button watch;
    private ForumHeader forum;
    private String tag;
    private Boolean solved;
    private boolean unreadOnly;
    private int page;
    private boolean updating;
    private String title = "";

    protected ForumTopicsView(ForumService forums, ForumWatching watching, Clock clock,
            AuthenticationContext authentication) {
        this.forums = forums;
        this.watching = watching;
        this.authentication = authentication;
        this.texts = new ForumTexts(this, clock);
        this.links = new ForumLinks(forums);
        addClassName("ts-forum");
        addClassName("ts-forum-topics-page");
        heading.setId("forum-heading");
    }

    /** The forum the route names, as the user may see it; empty when unknown or invisible. */
    protected abstract Optional<ForumHeader> resolve(BeforeEnterEvent event);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        links.reset();
        Optional<ForumHeader> resolved;
        try {
            resolved = resolve(event);
        } catch (ForumException e) {
            resolved = Optional.empty();
        }
        removeAll();
        if (resolved.isEmpty()) {
            forum = null;
            title = texts.t("forum.ui.forum.not-found.title");
            heading.setText(title);
            add(heading, new Paragraph(texts.t("forum.error.not-found")),
                    new Paragraph(Parts.link("forum", texts.t("forum.ui.back-home"))));
            return;
        }
        forum = resolved.get();
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        List<String> dropped = new ArrayList<>();
        tag = first(params, TAG);
        if (tag != null) {
            tag = tag.strip().toLowerCase(java.util.Locale.ROOT);
            if (!tag.matches("[a-z0-9-]{1,30}")) {
                dropped.add(texts.t("forum.ui.topics.bad-tag", tag));
                tag = null;
            }
        }
        String s = first(params, SOLVED);
        solved = "true".equals(s) ? Boolean.TRUE : "false".equals(s) ? Boolean.FALSE : null;
        unreadOnly = authentication.isAuthenticated() && "1".equals(first(params, UNREAD));
        page = 0;
        String p = first(params, PAGE);
        if (p != null) {
            try {
                page = Math.max(0, Integer.parseInt(p.strip()) - 1);
            } catch (NumberFormatException e) {
                dropped.add(texts.t("forum.ui.topics.bad-page", p));
            }
        }
        title = forum.name();
        show(dropped);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void show(List<String> dropped) {
        heading.setText(forum.name());
        List<Map.Entry<String, String>> crumbs = List.of(Map.entry("forum", texts.t("forum.ui.home.heading")));
        Div header = new Div(Parts.breadcrumbs(texts, crumbs, forum.name()), heading);
        header.addClassName("ts-forum-header");
        if (!forum.badges().isEmpty()) {
            Div badges = new Div();
            badges.addClassName("ts-forum-markers");
            forum.badges().forEach(badges::add);
            header.add(badges);
        }
        if (forum.description() != null && !forum.description().isBlank()) {
            Paragraph description = new Paragraph(forum.description());
            description.addClassName("ts-forum-description");
            header.add(description);
        }
        forum.links().forEach(l -> header.add(new Paragraph(l)));
        header.add(actions());
        add(header);

        if (!dropped.isEmpty()) {
            Paragraph problem = new Paragraph(String.join(" ", dropped));
            problem.getElement().setAttribute("role", "alert");
            problem.addClassName("ts-forum-problem");
            add(problem);
        }
        add(filters());
        Section list = new Section(new H2(texts.t("forum.ui.topics.heading")));
        list.addClassName("ts-forum-list");
        status.setId("forum-topics-status");
        status.getElement().setAttribute("role", "status");
        results.setId("forum-topics");
        list.add(status, results);
        add(list);
        run();
    }

    private Component actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("ts-forum-actions");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        if (forum.canPost()) {
            Button create = new Button(texts.t("forum.ui.topic.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(NewTopicView.class,
                            QueryParameters.of(NewTopicView.FORUM, forum.key().key())));
            create.setId("forum-new-topic");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(create);
        }
        if (authentication.isAuthenticated()) {
            watch = new Button(texts.t("forum.ui.watch.forum"));
            watch.setId("forum-watch");
            setPressed(watch, forum.watching());
            watch.addClickListener(e -> toggleWatch());
            Button markRead = new Button(texts.t("forum.ui.mark-all-read"), VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> markAllRead());
            markRead.setId("forum-mark-read");
            markRead.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(watch, markRead);
        } else {
            actions.add(new Paragraph(Parts.link("login", texts.t("forum.ui.log-in-to-post"))));
        }
        return actions;
    }

    /** A toggle button: the label stays, {@code aria-pressed} and the icon (not only colour) show the state. */
    static void setPressed(Button button, boolean pressed) {
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        button.setIcon(pressed ? VaadinIcon.CHECK.create() : VaadinIcon.BELL_O.create());
        if (pressed) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.PRIMARY);
        }
    }

    static boolean pressed(Button button) {
        return "true".equals(button.getElement().getAttribute("aria-pressed"));
    }

    private void toggleWatch() {
        boolean now = !pressed(watch);
        try {
            WatchTarget target = WatchTarget.forum(forum.key());
            if (now) {
                watching.watch(target);
            } else {
                watching.unwatch(target);
            }
            setPressed(watch, now);
            Parts.done(texts.t(now ? "forum.ui.watch.forum.on" : "forum.ui.watch.forum.off", forum.name()));
        } catch (ForumException e) {
            Parts.error(texts.error(e));
        }
    }

    private void markAllRead() {
        try {
            watching.markForumRead(forum.key());
            Parts.done(texts.t("forum.ui.marked-read", forum.name()));
            run();
        } catch (ForumException e) {
            Parts.error(texts.error(e));
        }
    }

    private Component filters() {
        Section section = new Section();
        section.addClassName("ts-forum-filters");
        section.getElement().setAttribute("aria-label", texts.t("forum.ui.filters"));
        updating = true;
        try {
            tagFilter.setId("forum-filter-tag");
            tagFilter.setLabel(texts.t("forum.ui.filter.tag"));
            tagFilter.setClearButtonVisible(true);
            tagFilter.setMaxLength(30);
            tagFilter.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            tagFilter.setValue(tag == null ? "" : tag);
            tagFilter.addValueChangeListener(e -> changed());
            solvedFilter.setId("forum-filter-solved");
            solvedFilter.setLabel(texts.t("forum.ui.filter.solved"));
            solvedFilter.setItems("", "true", "false");
            solvedFilter.setItemLabelGenerator(v -> switch (v) {
                case "true" -> texts.t("forum.ui.filter.solved.true");
                case "false" -> texts.t("forum.ui.filter.solved.false");
                default -> texts.t("forum.ui.filter.solved.any");
            });
            solvedFilter.setValue(solved == null ? "" : solved.toString());
            solvedFilter.addValueChangeListener(e -> changed());
            HorizontalLayout row = new HorizontalLayout(tagFilter, solvedFilter);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            if (authentication.isAuthenticated()) {
                unreadFilter.setId("forum-filter-unread");
                unreadFilter.setLabel(texts.t("forum.ui.filter.unread"));
                unreadFilter.setValue(unreadOnly);
                unreadFilter.addValueChangeListener(e -> changed());
                row.add(unreadFilter);
            }
            section.add(row);
        } finally {
            updating = false;
        }
        return section;
    }

    private void changed() {
        if (updating) {
            return;
        }
        String t = tagFilter.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        String s = solvedFilter.getValue();
        go(t.isEmpty() ? null : t, s == null || s.isEmpty() ? null : Boolean.valueOf(s),
                authentication.isAuthenticated() && unreadFilter.getValue(), 0);
    }

    private void go(String newTag, Boolean newSolved, boolean newUnread, int newPage) {
        UI.getCurrent().navigate(forum.href(), QueryParameters.simple(query(newTag, newSolved, newUnread, newPage)));
    }

    static Map<String, String> query(String tag, Boolean solved, boolean unread, int page) {
        Map<String, String> q = new LinkedHashMap<>();
        if (tag != null) {
            q.put(TAG, tag);
        }
        if (solved != null) {
            q.put(SOLVED, solved.toString());
        }
        if (unread) {
            q.put(UNREAD, "1");
        }
        if (page > 0) {
            q.put(PAGE, Integer.toString(page + 1));
        }
        return q;
    }

    TopicListQuery listQuery() {
        return new TopicListQuery(forum.key(), tag, solved, null, unreadOnly, page, PAGE_SIZE);
    }

    private void run() {
        results.removeAll();
        TopicList list;
        try {
            list = forums.topics(listQuery());
        } catch (ForumException e) {
            status.setText(texts.error(e));
            return;
        }
        int pageCount = (int) Math.max(1, (list.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (list.items().isEmpty() && page > 0 && list.total() > 0) {
            // beyond the last page: show the last one
            page = pageCount - 1;
            try {
                list = forums.topics(listQuery());
            } catch (ForumException e) {
                status.setText(texts.error(e));
                return;
            }
        }
        status.setText(texts.t("forum.ui.topics.count", list.total()));
        if (list.items().isEmpty()) {
            boolean filtered = tag != null || solved != null || unreadOnly;
            results.add(new Paragraph(texts.t(filtered ? "forum.ui.topics.none-filtered" : "forum.ui.topics.none")));
            return;
        }
        results.add(TopicRow.list(texts, links, list.items(), false, authentication.isAuthenticated()));
        if (pageCount > 1) {
            String base = forum.href();
            results.add(Parts.pages(texts, texts.t("forum.ui.topics.pages"), page + 1, pageCount,
                    p -> base + queryString(query(tag, solved, unreadOnly, p - 1))));
        }
    }

    static String queryString(Map<String, String> q) {
        if (q.isEmpty()) {
            return "";
        }
        return "?" + QueryParameters.simple(q).getQueryString();
    }

    /** The forum shown; null on the not-found page. */
    ForumKey forumKey() {
        return forum == null ? null : forum.key();
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 ThirdSpace";
    }
}
