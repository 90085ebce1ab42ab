package org.thirdspace.forum.ui;

import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.thirdspace.forum.TopicSummary;

/**
 * A topic in a list: its title (a heading, so screen-reader users can jump between topics) with
 * markers as text and icon, tags, who started it, replies, and the latest activity; optionally
 * the forum it is in.
 */
final class TopicRow {

    private TopicRow() {
    }

    static UnorderedList list(ForumTexts texts, ForumLinks links, List<TopicSummary> topics, boolean showForum,
            boolean withReadState) {
        UnorderedList list = new UnorderedList();
        list.addClassName("ts-forum-topics");
        for (TopicSummary t : topics) {
            list.add(row(texts, links, t, showForum, withReadState));
        }
        return list;
    }

    static ListItem row(ForumTexts texts, ForumLinks links, TopicSummary t, boolean showForum,
            boolean withReadState) {
        ListItem item = new ListItem();
        item.setId("forum-topic-" + t.id());
        item.addClassName("ts-forum-topic");
        if (withReadState && (t.unseen() || t.unreadCount() > 0)) {
            item.addClassName("ts-forum-topic-unread");
        }
        H3 title = new H3(Parts.topic(t.id(), t.title()));
        title.addClassName("ts-forum-topic-title");
        item.add(title, Parts.markers(texts, t, withReadState));

        String forumHref = links.href(t.forum());
        Paragraph meta = new Paragraph();
        meta.addClassName("ts-forum-meta");
        if (showForum) {
            meta.add(Parts.link(forumHref, ForumTexts.nz(t.forumName())), new Span(" \u00b7 "));
        }
        meta.add(new Span(texts.kind(t.kind()) + " " + texts.t("forum.ui.topic.by") + " "),
                Parts.profile(t.authorPersonId(), t.authorName()),
                new Span(" \u00b7 " + texts.t("forum.ui.topic.replies", t.replyCount()) + " \u00b7 "
                        + texts.t("forum.ui.topic.last-activity") + " "),
                Parts.time(texts, t.lastPostedAt()));
        if (t.lastPosterPersonId() != null && t.replyCount() > 0) {
            meta.add(new Span(" " + texts.t("forum.ui.topic.by") + " "),
                    Parts.profile(t.lastPosterPersonId(), t.lastPosterName()));
        }
        item.add(meta);
        if (t.tags() != null && !t.tags().isEmpty()) {
            item.add(Parts.tags(texts, t.tags(), forumHref));
        }
        return item;
    }
}
