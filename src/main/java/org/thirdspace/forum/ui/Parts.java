package org.thirdspace.forum.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.thirdspace.forum.TopicKind;
import org.thirdspace.forum.TopicSummary;

/**
 * Small building blocks of the forum views: badges whose text carries the meaning, sanitised
 * HTML, times, links to topics, forums and profiles, breadcrumbs, page links and notices.
 */
final class Parts {

    private Parts() {
    }

    /** A badge whose text carries the meaning (the colour and icon only repeat it). */
    static Span badge(String text, String theme, VaadinIcon icon) {
        Span badge = new Span();
        badge.addClassName("ts-forum-badge");
        if (icon != null) {
            Icon i = icon.create();
            i.getElement().setAttribute("aria-hidden", "true");
            i.addClassName("ts-forum-badge-icon");
            badge.add(i);
        }
        badge.add(new Span(text));
        badge.getElement().getThemeList().add("badge" + (theme == null ? "" : " " + theme));
        return badge;
    }

    /**
     * The markers of a topic as badges with text and icon: question, solved, pinned, locked,
     * closed; for the reader also "new" (never opened) and the number of unread posts.
     */
    static Div markers(ForumTexts texts, TopicSummary t, boolean withReadState) {
        Div markers = new Div();
        markers.addClassName("ts-forum-markers");
        if (t.pinned()) {
            markers.add(badge(texts.t("forum.ui.marker.pinned"), "contrast", VaadinIcon.PIN));
        }
        if (t.kind() == TopicKind.QUESTION) {
            markers.add(t.solved()
                    ? badge(texts.t("forum.ui.marker.solved"), "success", VaadinIcon.CHECK_CIRCLE)
                    : badge(texts.t("forum.ui.marker.question"), null, VaadinIcon.QUESTION_CIRCLE));
        }
        if (t.locked()) {
            markers.add(badge(texts.t("forum.ui.marker.locked"), "contrast", VaadinIcon.LOCK));
        }
        if (t.closed()) {
            markers.add(badge(texts.t("forum.ui.marker.closed"), "contrast", VaadinIcon.BAN));
        }
        if (withReadState) {
            if (t.unseen()) {
                markers.add(badge(texts.t("forum.ui.marker.new"), "primary", VaadinIcon.STAR));
            } else if (t.unreadCount() > 0) {
                markers.add(badge(texts.t("forum.ui.marker.unread", t.unreadCount()), "primary",
                        VaadinIcon.ENVELOPE));
            }
        }
        return markers;
    }

    /** Tags as links to the forum's topics with that tag. */
    static Span tags(ForumTexts texts, List<String> tags, String forumHref) {
        Span span = new Span();
        span.addClassName("ts-forum-tags");
        if (tags == null || tags.isEmpty()) {
            return span;
        }
        span.add(srOnly(texts.t("forum.ui.tags") + " "));
        for (String tag : tags) {
            Component c;
            if (forumHref == null) {
                c = new Span(tag);
            } else {
                c = link(forumHref + "?tag=" + tag, tag);
                ((Anchor) c).getElement().setAttribute("aria-label", texts.t("forum.ui.tag.link", tag));
            }
            ((com.vaadin.flow.component.HasStyle) c).addClassName("ts-forum-tag");
            span.add(c);
        }
        return span;
    }

    /** Sanitised HTML from the service (rendered Markdown, or escaped highlights with {@code <mark>}). */
    static Div html(String sanitised, String className) {
        Div div = new Div();
        div.addClassName(className);
        div.getElement().setProperty("innerHTML", sanitised == null ? "" : sanitised);
        return div;
    }

    /** A {@code <time>} with the relative text, the exact date-time for machines and as tooltip. */
    static Span time(ForumTexts texts, Instant instant) {
        Span span = new Span();
        Element time = new Element("time");
        time.setText(texts.ago(instant));
        if (instant != null) {
            time.setAttribute("datetime", instant.toString());
            time.setAttribute("title", texts.dateTime(instant));
        }
        span.getElement().appendChild(time);
        return span;
    }

    /** A link inside the app that the Vaadin router follows without reloading the page. */
    static Anchor link(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    static Anchor profile(long personId, String name) {
        Anchor a = link("people/" + personId, ForumTexts.nz(name));
        a.addClassName("ts-forum-person");
        return a;
    }

    static RouterLink topic(long topicId, String title) {
        return new RouterLink(title, TopicView.class, new RouteParameters(TopicView.ID, Long.toString(topicId)));
    }

    static RouterLink post(long topicId, int number, String text) {
        RouterLink link = topic(topicId, text);
        link.setQueryParameters(QueryParameters.of(TopicView.POST, Integer.toString(number)));
        return link;
    }

    /** A breadcrumb trail: links, then the current page's name. */
    static Nav breadcrumbs(ForumTexts texts, List<Map.Entry<String, String>> links, String current) {
        Nav nav = new Nav();
        nav.addClassName("ts-forum-breadcrumbs");
        nav.getElement().setAttribute("aria-label", texts.t("forum.ui.breadcrumbs"));
        UnorderedList list = new UnorderedList();
        for (Map.Entry<String, String> l : links) {
            list.add(new ListItem(link(l.getKey(), l.getValue())));
        }
        if (current != null) {
            ListItem here = new ListItem(current);
            here.getElement().setAttribute("aria-current", "page");
            list.add(here);
        }
        nav.add(list);
        return nav;
    }

    /**
     * Page links ({@code nav} with a label; the current page has {@code aria-current}): previous,
     * the first, a window around the current page, the last, next. {@code href} gives a page's
     * address (pages from 1).
     */
    static Nav pages(ForumTexts texts, String label, int current, int count,
            java.util.function.IntFunction<String> href) {
        Nav nav = new Nav();
        nav.addClassName("ts-forum-pages");
        nav.getElement().setAttribute("aria-label", label);
        UnorderedList list = new UnorderedList();
        if (current > 1) {
            Anchor prev = link(href.apply(current - 1), texts.t("forum.ui.pages.previous"));
            prev.getElement().setAttribute("rel", "prev");
            list.add(new ListItem(prev));
        }
        int last = 0;
        for (int p = 1; p <= count; p++) {
            boolean show = p == 1 || p == count || Math.abs(p - current) <= 2;
            if (!show) {
                continue;
            }
            if (last > 0 && p > last + 1) {
                ListItem gap = new ListItem("\u2026");
                gap.getElement().setAttribute("aria-hidden", "true");
                list.add(gap);
            }
            Anchor a = link(href.apply(p), Integer.toString(p));
            a.getElement().setAttribute("aria-label", texts.t("forum.ui.pages.page", p));
            if (p == current) {
                a.getElement().setAttribute("aria-current", "page");
                a.addClassName("ts-forum-page-current");
            }
            list.add(new ListItem(a));
            last = p;
        }
        if (current < count) {
            Anchor next = link(href.apply(current + 1), texts.t("forum.ui.pages.next"));
            next.getElement().setAttribute("rel", "next");
            list.add(new ListItem(next));
        }
        nav.add(list);
        return nav;
    }

    /** A data table with a caption and column headers ({@code scope="col"}). */
    static NativeTable table(String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("ts-forum-table");
        if (caption != null) {
            table.setCaptionText(caption);
        }
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    /** A body row whose first cell is its header ({@code th scope="row"}); strings become text. */
    static NativeTableRow row(NativeTable table, Component header, Object... cells) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell th = row.addHeaderCell();
        th.getElement().setAttribute("scope", "row");
        th.add(header);
        for (Object cell : cells) {
            NativeTableCell td = row.addDataCell();
            if (cell instanceof Component component) {
                td.add(component);
            } else if (cell != null) {
                td.setText(cell.toString());
            }
        }
        return row;
    }

    /** Text only screen readers read. */
    static Span srOnly(String text) {
        Span span = new Span(text);
        span.addClassName("ts-forum-sr-only");
        return span;
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.setAssertive(true);
    }

    static void done(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }
}
