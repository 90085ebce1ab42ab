package org.thirdspace.forum.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.forum.ForumException;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumModeration;
import org.thirdspace.forum.ForumSearch;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ForumWatching;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.PostDraft;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.forum.TopicPage;
import org.thirdspace.forum.TopicPermissions;
import org.thirdspace.forum.TopicSummary;
import org.thirdspace.forum.WatchTarget;

/**
 * A topic ({@code forum/t/12}): its title, kind, markers and tags, a page of posts
 * ({@code ?page=3}; {@code ?post=57} jumps to that post wherever it lives now; without either,
 * members land on their first unread post, after a "new since your last visit" divider), the
 * accepted answer under the question, page links and the reply composer. Moderators pin, lock,
 * close, move, split and merge from the "Moderate" menu. A merged topic forwards to the one it
 * was merged into; a topic the user may not see looks exactly like one that does not exist.
 */
@Route("forum/t/:id([0-9]+)")
@AnonymousAllowed
public class TopicView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String PAGE = "page";
    static final String POST = "post";

    final ForumService forums;
    final ForumModeration moderation;
    final ForumWatching watching;
    final ForumSearch search;
    final AuthenticationContext authentication;
    final ForumTexts texts;
    final ForumLinks links;

    final H1 heading = new H1();
    /** The posts of the page, in order, with the unread divider and the accepted answer. */
    final Div posts = new Div();
    final Map<Long, PostView> postViews = new LinkedHashMap<>();
    /** The accepted answer section; null when there is none. */
    Section accepted;
    /** The reply composer; null when the user may not reply. */
    Composer reply;
    Button replyButton;
    Button watch;
    MenuBar moderate;
    /** The split panel while a moderator picks replies to split off; null otherwise. */
    SplitPanel splitPanel;
    final Set<Long> splitSelection = new LinkedHashSet<>();
    private Long quotedPostId;
    private final Paragraph quoting = new Paragraph();
    private long topicId;
    private TopicPage current;
    private String title = "";

    /** Controls other features add to each post (e.g. moderation's flag button). */
    final List<org.thirdspace.forum.PostActionsExtension> postActions;

    public TopicView(ForumService forums, ForumModeration moderation, ForumWatching watching, ForumSearch search,
            Clock clock, AuthenticationContext authentication,
            org.springframework.beans.factory.ObjectProvider<org.thirdspace.forum.PostActionsExtension> postActions) {
        this.postActions = postActions.orderedStream().toList();
        this.forums = forums;
        this.moderation = moderation;
        this.watching = watching;
        this.search = search;
        this.authentication = authentication;
        this.texts = new ForumTexts(this, clock);
        this.links = new ForumLinks(forums);
        addClassName("ts-forum");
        addClassName("ts-forum-topic-page");
        heading.setId("forum-topic-title");
    }

    // ------------------------------------------------------------------ navigation

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        links.reset();
        topicId = event.getRouteParameters().getLong(ID).orElse(-1L);
        QueryParameters query = event.getLocation().getQueryParameters();
        List<String> problems = new ArrayList<>();
        Integer askedPost = number(query, POST, problems);
        Integer askedPage = number(query, PAGE, problems);
        String scrollTo = null;
        try {
            int page;
            if (askedPost != null) {
                ForumService.PostLocation at = forums.locate(topicId, askedPost);
                if (at.topicId() != topicId) {
                    event.forwardTo("forum/t/" + at.topicId(),
                            QueryParameters.of(POST, Integer.toString(at.number())));
                    return;
                }
                page = at.page();
                scrollTo = "post-" + at.number();
            } else if (askedPage != null) {
                page = askedPage;
            } else {
                page = authentication.isAuthenticated() ? forums.firstUnreadPage(topicId) : 1;
            }
            TopicPage tp = forums.page(topicId, Math.max(1, page));
            Long mergedInto = tp.topic().summary().mergedIntoId();
            if (mergedInto != null) {
                event.forwardTo("forum/t/" + mergedInto, QueryParameters.empty());
                return;
            }
            if (scrollTo == null && askedPage == null && authentication.isAuthenticated()
                    && tp.topic().lastReadNumber() > 0 && tp.posts().stream().anyMatch(Post::unread)) {
                scrollTo = "forum-unread-divider";
            }
            render(tp, problems);
        } catch (ForumException e) {
            if (e.kind() == ForumException.Kind.NOT_FOUND) {
                showNotFound();
            } else {
                showNotFound();
                add(problem(texts.error(e)));
            }
            return;
        }
        if (scrollTo != null) {
            UI.getCurrent().getPage().executeJs("setTimeout(() => { const e = document.getElementById($0);"
                    + " if (e) { e.scrollIntoView({block: 'start'}); e.focus({preventScroll: true}); } }, 0)",
                    scrollTo);
        }
    }

    private Integer number(QueryParameters query, String name, List<String> problems) {
        var value = query.getSingleParameter(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.get().strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(texts.t("forum.ui.topic.bad-number", name, value.get()));
        return null;
    }

    /** Shows the topic again at the same page (after an action). */
    void reload() {
        if (current == null) {
            return;
        }
        try {
            render(forums.page(topicId, current.page()), List.of());
        } catch (ForumException e) {
            if (e.kind() == ForumException.Kind.NOT_FOUND) {
                showNotFound();
            } else {
                Parts.error(texts.error(e));
            }
        }
    }

    /** Navigates to a post (its page, scrolled to it). */
    void goToPost(long topic, int number) {
        UI.getCurrent().navigate(TopicView.class, new RouteParameters(ID, Long.toString(topic)),
                QueryParameters.of(POST, Integer.toString(number)));
    }

    static String href(long topicId, int page) {
        return "forum/t/" + topicId + (page > 1 ? "?" + PAGE + "=" + page : "");
    }

    // ------------------------------------------------------------------ rendering

    TopicDetails topic() {
        return current.topic();
    }

    TopicPermissions permissions() {
        TopicPermissions p = current.topic().permissions();
        return p == null ? TopicPermissions.VISITOR : p;
    }

    private void render(TopicPage tp, List<String> problems) {
        removeAll();
        postViews.clear();
        splitSelection.clear();
        splitPanel = null;
        accepted = null;
        reply = null;
        replyButton = null;
        quotedPostId = null;
        current = tp;
        TopicDetails d = tp.topic();
        TopicSummary s = d.summary();
        title = s.title();
        heading.setText(s.title());

        String forumHref = links.href(s.forum());
        Div header = new Div(Parts.breadcrumbs(texts, List.of(Map.entry("forum", texts.t("forum.ui.home.heading")),
                Map.entry(forumHref, ForumTexts.nz(s.forumName()))), null), heading);
        header.addClassName("ts-forum-header");
        Div markers = Parts.markers(texts, s, false);
        if (s.kind() == TopicKind.DISCUSSION) {
            markers.addComponentAsFirst(Parts.badge(texts.kind(s.kind()), null, VaadinIcon.COMMENTS_O));
        }
        markers.setId("forum-topic-markers");
        header.add(markers);
        if (s.tags() != null && !s.tags().isEmpty()) {
            header.add(Parts.tags(texts, s.tags(), forumHref));
        }
        Paragraph meta = new Paragraph(new Span(texts.t("forum.ui.topic.started-by") + " "),
                Parts.profile(s.authorPersonId(), s.authorName()), new Span(" \u00b7 "),
                Parts.time(texts, s.createdAt()),
                new Span(" \u00b7 " + texts.t("forum.ui.topic.replies", s.replyCount())));
        meta.addClassName("ts-forum-meta");
        header.add(meta, actions(d));
        add(header);

        if (!problems.isEmpty()) {
            add(problem(String.join(" ", problems)));
        }
        if (s.closed()) {
            add(notice("forum-closed-notice", texts.t("forum.ui.topic.closed-notice"), VaadinIcon.BAN));
        }
        if (s.locked()) {
            add(notice("forum-locked-notice", texts.t(permissions().moderate() ? "forum.ui.topic.locked-notice.moderator"
                    : "forum.ui.topic.locked-notice"), VaadinIcon.LOCK));
        }
        if (d.acceptedAnswer() != null && (tp.page() != 1 || tp.posts().stream().noneMatch(p -> p.number() == 1))) {
            add(acceptedSection(d.acceptedAnswer()));
        }

        posts.removeAll();
        posts.setId("forum-posts");
        posts.addClassName("ts-forum-posts");
        boolean dividerShown = false;
        for (Post p : tp.posts()) {
            if (!dividerShown && p.unread() && authentication.isAuthenticated() && d.lastReadNumber() > 0) {
                posts.add(unreadDivider(d));
                dividerShown = true;
            }
            PostView view = new PostView(this, p);
            postViews.put(p.id(), view);
            posts.add(view);
            if (p.number() == 1 && d.acceptedAnswer() != null) {
                posts.add(acceptedSection(d.acceptedAnswer()));
            }
        }
        add(posts);
        if (tp.pageCount() > 1) {
            Paragraph where = new Paragraph(texts.t("forum.ui.topic.page-of", tp.page(), tp.pageCount()));
            where.addClassName("ts-forum-meta");
            add(where, Parts.pages(texts, texts.t("forum.ui.topic.pages"), tp.page(), tp.pageCount(),
                    p -> href(topicId, p)));
        }
        add(replySection(d));
    }

    private Component actions(TopicDetails d) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("ts-forum-actions");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        TopicPermissions p = permissions();
        watch = null;
        moderate = null;
        if (p.watch()) {
            watch = new Button(texts.t("forum.ui.watch.topic"));
            watch.setId("forum-topic-watch");
            ForumTopicsView.setPressed(watch, d.watching());
            watch.addClickListener(e -> toggleWatch());
            actions.add(watch);
        }
        if (p.editTopic()) {
            Button edit = new Button(texts.t("forum.ui.topic.edit"), VaadinIcon.EDIT.create(),
                    e -> new EditTopicDialog(this).open());
            edit.setId("forum-topic-edit");
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(edit);
        }
        if (p.moderate()) {
            actions.add(moderatorMenu(d.summary()));
        }
        actions.setVisible(actions.getComponentCount() > 0);
        return actions;
    }

    private MenuBar moderatorMenu(TopicSummary s) {
        moderate = new MenuBar();
        moderate.setId("forum-moderate");
        moderate.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        moderate.getElement().setAttribute("aria-label", texts.t("forum.ui.moderate.menu"));
        MenuItem root = moderate.addItem(texts.t("forum.ui.moderate"));
        SubMenu menu = root.getSubMenu();
        menu.addItem(texts.t(s.pinned() ? "forum.ui.moderate.unpin" : "forum.ui.moderate.pin"),
                e -> moderated(() -> moderation.pin(topicId, !s.pinned()),
                        s.pinned() ? "forum.ui.moderate.unpinned" : "forum.ui.moderate.pinned"));
        menu.addItem(texts.t(s.locked() ? "forum.ui.moderate.unlock" : "forum.ui.moderate.lock"),
                e -> moderated(() -> moderation.lock(topicId, !s.locked()),
                        s.locked() ? "forum.ui.moderate.unlocked" : "forum.ui.moderate.locked"));
        menu.addItem(texts.t(s.closed() ? "forum.ui.moderate.reopen" : "forum.ui.moderate.close"),
                e -> moderated(() -> moderation.close(topicId, !s.closed()),
                        s.closed() ? "forum.ui.moderate.reopened" : "forum.ui.moderate.closed"));
        menu.addItem(texts.t("forum.ui.moderate.move"), e -> new MoveDialog(this).open());
        menu.addItem(texts.t("forum.ui.moderate.split"), e -> startSplit());
        menu.addItem(texts.t("forum.ui.moderate.merge"), e -> new MergeDialog(this).open());
        return moderate;
    }

    private void moderated(Runnable action, String doneKey) {
        try {
            action.run();
            Parts.done(texts.t(doneKey));
            reload();
        } catch (ForumException e) {
            Parts.error(texts.error(e));
        }
    }

    private void toggleWatch() {
        boolean now = !ForumTopicsView.pressed(watch);
        try {
            if (now) {
                watching.watch(WatchTarget.topic(topicId));
            } else {
                watching.unwatch(WatchTarget.topic(topicId));
            }
            ForumTopicsView.setPressed(watch, now);
            Parts.done(texts.t(now ? "forum.ui.watch.topic.on" : "forum.ui.watch.topic.off"));
        } catch (ForumException e) {
            Parts.error(texts.error(e));
        }
    }

    private Component unreadDivider(TopicDetails d) {
        Div divider = new Div();
        divider.setId("forum-unread-divider");
        divider.addClassName("ts-forum-unread-divider");
        divider.getElement().setAttribute("role", "separator");
        divider.getElement().setAttribute("tabindex", "-1");
        String text = d.previousVisitAt() == null ? texts.t("forum.ui.topic.unread-divider")
                : texts.t("forum.ui.topic.new-since", texts.dateTime(d.previousVisitAt()));
        divider.getElement().setAttribute("aria-label", text);
        divider.add(new Span(text));
        return divider;
    }

    /** The accepted answer, shown under the question (or at the top of later pages). */
    private Section acceptedSection(Post answer) {
        Section section = new Section();
        section.setId("forum-accepted");
        section.addClassName("ts-forum-accepted");
        H2 h = new H2(texts.t("forum.ui.accepted.heading"));
        h.setId("forum-accepted-heading");
        section.getElement().setAttribute("aria-labelledby", "forum-accepted-heading");
        Paragraph who = new Paragraph(Parts.badge(texts.t("forum.ui.accepted.badge"), "success",
                VaadinIcon.CHECK_CIRCLE), new Span(" " + texts.t("forum.ui.accepted.by") + " "),
                Parts.profile(answer.authorPersonId(), answer.authorName()), new Span(" \u00b7 "),
                Parts.time(texts, answer.createdAt()));
        who.addClassName("ts-forum-meta");
        section.add(h, who);
        if (answer.html() != null) {
            Div body = Parts.html(answer.html(), "ts-forum-body");
            body.setId("forum-accepted-body");
            section.add(body);
        }
        section.add(new Paragraph(Parts.post(topicId, answer.number(),
                texts.t("forum.ui.accepted.go", answer.number()))));
        accepted = section;
        return section;
    }

    // ------------------------------------------------------------------ replying

    private Component replySection(TopicDetails d) {
        Section section = new Section();
        section.setId("forum-reply-section");
        section.addClassName("ts-forum-reply");
        if (!authentication.isAuthenticated()) {
            section.add(new Paragraph(Parts.link("login", texts.t("forum.ui.reply.log-in"))));
            return section;
        }
        if (!permissions().reply()) {
            if (!d.summary().closed() && !d.summary().locked()) {
                section.add(new Paragraph(texts.t("forum.ui.reply.not-allowed")));
            }
            return section;
        }
        section.add(new H2(texts.t("forum.ui.reply.heading")));
        reply = new Composer(forums, texts, "forum-reply", texts.t("forum.ui.reply.text"),
                () -> d.summary().forum(), false);
        quoting.setId("forum-reply-quoting");
        quoting.addClassName("ts-forum-meta");
        quoting.setVisible(false);
        replyButton = new Button(texts.t("forum.ui.reply.post"), e -> postReply());
        replyButton.setId("forum-reply-post");
        replyButton.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(quoting, reply, replyButton);
        return section;
    }

    /** Quote: the service's Markdown for the post goes into the composer. */
    void quote(Post post) {
        if (reply == null) {
            return;
        }
        try {
            reply.appendBlock(forums.quote(post.id()));
            quotedPostId = post.id();
            quoting.removeAll();
            Button drop = new Button(texts.t("forum.ui.reply.quoting.drop"), e -> {
                quotedPostId = null;
                quoting.setVisible(false);
            });
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            quoting.add(new Span(texts.t("forum.ui.reply.quoting", post.number(), ForumTexts.nz(post.authorName()))
                    + " "), drop);
            quoting.setVisible(true);
            reply.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        } catch (ForumException e) {
            Parts.error(texts.error(e));
        }
    }

    private void postReply() {
        reply.clearError();
        if (reply.value().isBlank()) {
            reply.showError(texts.t("forum.error.post-required"));
            return;
        }
        try {
            Post posted = forums.reply(topicId, new PostDraft(reply.value(), quotedPostId));
            Parts.done(texts.t("forum.ui.reply.posted"));
            goToPost(topicId, posted.number());
        } catch (ForumException e) {
            reply.showError(texts.error(e));
        } catch (PostingLimitExceeded e) {
            reply.showError(texts.error(e));
        }
    }

    // ------------------------------------------------------------------ split

    boolean splitting() {
        return splitPanel != null;
    }

    private void startSplit() {
        if (splitPanel != null) {
            return;
        }
        splitSelection.clear();
        splitPanel = new SplitPanel(this);
        addComponentAtIndex(1, splitPanel);
        postViews.values().forEach(PostView::rebuild);
        splitPanel.focusIntro();
    }

    void stopSplit() {
        if (splitPanel != null) {
            remove(splitPanel);
            splitPanel = null;
        }
        splitSelection.clear();
        postViews.values().forEach(PostView::rebuild);
    }

    void selectForSplit(long postId, boolean selected) {
        if (selected) {
            splitSelection.add(postId);
        } else {
            splitSelection.remove(postId);
        }
        if (splitPanel != null) {
            splitPanel.updateCount();
        }
    }

    // ------------------------------------------------------------------ pieces

    Map<ForumKey, String> forumChoices() {
        return links.choices(texts, topic().summary().forum());
    }

    static Select<ForumKey> forumSelect(String id, String label, Map<ForumKey, String> choices) {
        Select<ForumKey> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(choices.keySet());
        select.setItemLabelGenerator(k -> choices.getOrDefault(k, k.key()));
        return select;
    }

    static TextField titleField(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    private Paragraph notice(String id, String text, VaadinIcon icon) {
        Paragraph p = new Paragraph();
        p.setId(id);
        p.addClassName("ts-forum-notice");
        p.getElement().setAttribute("role", "note");
        var i = icon.create();
        i.getElement().setAttribute("aria-hidden", "true");
        p.add(i, new Span(" " + text));
        return p;
    }

    static Paragraph problem(String message) {
        Paragraph p = new Paragraph(message);
        p.getElement().setAttribute("role", "alert");
        p.addClassName("ts-forum-problem");
        return p;
    }

    private void showNotFound() {
        removeAll();
        current = null;
        title = texts.t("forum.ui.topic.not-found.title");
        heading.setText(title);
        add(heading, new Paragraph(texts.t("forum.error.not-found")),
                new Paragraph(Parts.link("forum", texts.t("forum.ui.back-home"))));
    }

    long topicId() {
        return topicId;
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 ThirdSpace";
    }
}
