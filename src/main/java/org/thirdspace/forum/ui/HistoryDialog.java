package org.thirdspace.forum.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.PostVersion;

/** A post's edit history for its author and moderators: every version, who wrote it, when and why. */
class HistoryDialog extends Dialog {

    final OrderedList versions = new OrderedList();

    HistoryDialog(TopicView page, Post post) {
        ForumTexts texts = page.texts;
        setId("forum-history-dialog");
        setHeaderTitle(texts.t("forum.ui.history.heading", post.number()));
        setWidth("min(48rem, 95vw)");
        versions.addClassName("ts-forum-history");
        try {
            List<PostVersion> all = page.forums.history(post.id());
            for (PostVersion v : all.reversed()) {
                ListItem item = new ListItem();
                item.addClassName("ts-forum-history-version");
                H3 title = new H3(texts.t(v.current() ? "forum.ui.history.version.current"
                        : "forum.ui.history.version", v.version()));
                Paragraph meta = new Paragraph(new Span(texts.t("forum.ui.history.by", ForumTexts.nz(v.editorName()))
                        + " "), Parts.time(texts, v.writtenAt()));
                meta.addClassName("ts-forum-meta");
                item.add(title, meta);
                if (v.reason() != null && !v.reason().isBlank()) {
                    item.add(new Paragraph(texts.t("forum.ui.history.reason", v.reason())));
                }
                item.add(Parts.html(v.html(), "ts-forum-body"));
                versions.add(item);
            }
            add(versions);
        } catch (ForumException e) {
            add(TopicView.problem(texts.error(e)));
        }
        Button close = new Button(texts.t("forum.ui.close"), e -> close());
        close.setId("forum-history-close");
        getFooter().add(close);
    }
}
