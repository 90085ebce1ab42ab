package org.thirdspace.forum.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.forum.Category;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ForumWatching;
import org.thirdspace.forum.GroupForum;
import org.thirdspace.forum.TopicListQuery;
import org.thirdspace.forum.TopicSummary;
import org.thirdspace.forum.UnreadSummary;
import org.thirdspace.groups.GroupVisibility;

/**
 * The forum home: the site-wide categories (with topic counts, latest activity and what is
 * unread or new for the reader), the forums of the reader's groups, and the latest topics
 * everywhere they may read. Moderators create and change categories here.
 */
@Route("forum")
@AnonymousAllowed
@Menu(title = "forum.ui.menu", order = 38, icon = "vaadin:comments")
public class ForumHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int LATEST = 10;

    private final ForumService forums;
    private final ForumWatching watching;
    private final AuthenticationContext authentication;
    private final ForumTexts texts;
    private final ForumLinks links;

    final Paragraph unread = new Paragraph();
    NativeTable categoryTable;

    public ForumHomeView(ForumService forums, ForumWatching watching, Clock clock,
            AuthenticationContext authentication) {
        this.forums = forums;
        this.watching = watching;
        this.authentication = authentication;
        this.texts = new ForumTexts(this, clock);
        this.links = new ForumLinks(forums);
        addClassName("ts-forum");
        addClassName("ts-forum-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        links.reset();
        show();
    }

    private boolean moderator() {
        return authentication.isAuthenticated() && authentication.hasAnyRole("MODERATOR", "ADMIN");
    }

    private void show() {
        removeAll();
        RouterLink search = new RouterLink(texts.t("forum.ui.search.link"), ForumSearchView.class);
        search.setId("forum-search-link");
        HorizontalLayout actions = new HorizontalLayout(search);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.addClassName("ts-forum-actions");
        if (moderator()) {
            Button create = new Button(texts.t("forum.ui.category.new"), VaadinIcon.PLUS.create(),
                    e -> new CategoryDialog(forums, texts, null, c -> {
                        Parts.done(texts.t("forum.ui.category.created", c.name()));
                        show();
                    }).open());
            create.setId("forum-category-new");
            actions.add(create);
        }
        Div header = new Div(new H1(texts.t("forum.ui.home.heading")),
                new Paragraph(texts.t("forum.ui.home.intro")), actions);
        header.addClassName("ts-forum-header");
        add(header);

        if (authentication.isAuthenticated()) {
            unread.setId("forum-unread-summary");
            unread.getElement().setAttribute("role", "status");
            try {
                UnreadSummary u = watching.unread();
                unread.setText(u.unreadTopics() == 0 && u.newTopics() == 0 ? texts.t("forum.ui.home.all-read")
                        : texts.t("forum.ui.home.unread", u.unreadTopics(), u.unreadPosts(), u.newTopics()));
            } catch (ForumException e) {
                unread.setText(texts.error(e));
            }
            add(unread);
        }

        add(categories());
        if (authentication.isAuthenticated()) {
            groupForums().ifPresent(this::add);
        }
        add(latest());
    }

    private Section categories() {
        Section section = new Section(new H2(texts.t("forum.ui.home.categories")));
        section.setId("forum-categories");
        List<Category> all;
        try {
            all = forums.categories();
        } catch (ForumException e) {
            section.add(problem(texts.error(e)));
            return section;
        }
        if (all.isEmpty()) {
            section.add(new Paragraph(texts.t("forum.ui.home.no-categories")));
            return section;
        }
        boolean moderator = moderator();
        String[] headers = moderator
                ? new String[] {texts.t("forum.ui.col.category"), texts.t("forum.ui.col.topics"),
                        texts.t("forum.ui.col.last-activity"), texts.t("forum.ui.col.for-you"),
                        texts.t("forum.ui.col.actions")}
                : new String[] {texts.t("forum.ui.col.category"), texts.t("forum.ui.col.topics"),
                        texts.t("forum.ui.col.last-activity"), texts.t("forum.ui.col.for-you")};
        categoryTable = Parts.table(texts.t("forum.ui.home.categories.caption"), headers);
        categoryTable.setId("forum-category-table");
        for (Category c : all) {
            Div name = new Div(Parts.link(ForumLinks.of(c), c.name()));
            name.addClassName("ts-forum-category-name");
            if (c.visibility() == CategoryVisibility.MEMBERS) {
                name.add(Parts.badge(texts.visibility(c.visibility()), "contrast", VaadinIcon.USERS));
            }
            if (c.archived()) {
                name.add(Parts.badge(texts.t("forum.ui.category.archived.badge"), "contrast", VaadinIcon.ARCHIVE));
            }
            if (c.description() != null && !c.description().isBlank()) {
                Paragraph d = new Paragraph(c.description());
                d.addClassName("ts-forum-description");
                name.add(d);
            }
            Object[] cells = moderator
                    ? new Object[] {Long.toString(c.topicCount()), activity(c.lastPostedAt()),
                            readState(c.unreadTopics(), c.newTopics(), c.watching()), editButton(c)}
                    : new Object[] {Long.toString(c.topicCount()), activity(c.lastPostedAt()),
                            readState(c.unreadTopics(), c.newTopics(), c.watching())};
            Parts.row(categoryTable, name, cells).setId("forum-category-" + c.id());
        }
        section.add(categoryTable);
        return section;
    }

    private Component editButton(Category c) {
        Button edit = new Button(texts.t("forum.ui.edit"), e -> new CategoryDialog(forums, texts, c, saved -> {
            Parts.done(texts.t("forum.ui.category.saved", saved.name()));
            show();
        }).open());
        edit.setId("forum-category-edit-" + c.id());
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(texts.t("forum.ui.category.edit", c.name()));
        return edit;
    }

    private java.util.Optional<Section> groupForums() {
        List<GroupForum> mine;
        try {
            mine = forums.myGroupForums();
        } catch (ForumException e) {
            return java.util.Optional.empty();
        }
        Section section = new Section(new H2(texts.t("forum.ui.home.groups")));
        section.setId("forum-group-forums");
        if (mine.isEmpty()) {
            section.add(new Paragraph(texts.t("forum.ui.home.no-groups")));
            return java.util.Optional.of(section);
        }
        NativeTable table = Parts.table(texts.t("forum.ui.home.groups.caption"), texts.t("forum.ui.col.group"),
                texts.t("forum.ui.col.topics"), texts.t("forum.ui.col.last-activity"),
                texts.t("forum.ui.col.for-you"));
        for (GroupForum g : mine) {
            Div name = new Div(Parts.link(ForumLinks.group(g.groupId()), g.groupName()));
            name.addClassName("ts-forum-category-name");
            if (g.visibility() == GroupVisibility.PRIVATE) {
                name.add(Parts.badge(texts.t("forum.ui.group.private"), "contrast", VaadinIcon.LOCK));
            }
            Parts.row(table, name, Long.toString(g.topicCount()), activity(g.lastPostedAt()),
                    readState(g.unreadTopics(), g.newTopics(), g.watching())).setId("forum-group-" + g.groupId());
        }
        section.add(table);
        return java.util.Optional.of(section);
    }

    private Section latest() {
        Section section = new Section(new H2(texts.t("forum.ui.home.latest")));
        section.setId("forum-latest");
        try {
            List<TopicSummary> topics = forums.topics(TopicListQuery.of(null, 0, LATEST)).items();
            if (topics.isEmpty()) {
                section.add(new Paragraph(texts.t("forum.ui.home.no-topics")));
            } else {
                section.add(TopicRow.list(texts, links, topics, true, authentication.isAuthenticated()));
            }
        } catch (ForumException e) {
            section.add(problem(texts.error(e)));
        }
        return section;
    }

    private Component activity(java.time.Instant at) {
        return at == null ? new Span(texts.t("forum.ui.no-activity")) : Parts.time(texts, at);
    }

    /** Unread and new topics as text badges (the colour only repeats the words). */
    private Component readState(int unreadTopics, int newTopics, boolean watched) {
        Div cell = new Div();
        cell.addClassName("ts-forum-markers");
        if (unreadTopics > 0) {
            cell.add(Parts.badge(texts.t("forum.ui.badge.unread-topics", unreadTopics), "primary",
                    VaadinIcon.ENVELOPE));
        }
        if (newTopics > 0) {
            cell.add(Parts.badge(texts.t("forum.ui.badge.new-topics", newTopics), "primary", VaadinIcon.STAR));
        }
        if (watched) {
            cell.add(Parts.badge(texts.t("forum.ui.badge.watching"), "contrast", VaadinIcon.EYE));
        }
        return cell;
    }

    private Paragraph problem(String message) {
        Paragraph p = new Paragraph(message);
        p.getElement().setAttribute("role", "alert");
        p.addClassName("ts-forum-problem");
        return p;
    }

    @Override
    public String getPageTitle() {
        return texts.t("forum.ui.home.heading") + " \u2013 ThirdSpace";
    }
}
