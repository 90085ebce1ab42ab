package org.thirdspace.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.thirdspace.forum.ForumException;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.PostEdit;
import org.thirdspace.forum.PostPermissions;
import org.thirdspace.forum.TopicKind;

/**
 * One post of a topic page: its number (a link to it), author (a link to their profile), time,
 * "edited" (opening the history for the author and moderators), the accepted-answer mark, the
 * sanitised text or "Post removed" (with the reason for its author and moderators), and what
 * the reader may do: helpful (a toggle with its count), accept or unaccept, quote, edit in
 * place, remove with a reason, restore; in split mode a checkbox to pick it.
 */
class PostView extends Article {

    private final TopicView page;
    private Post post;
    /** The inline editor while editing; null otherwise. */
    Composer editor;
    Button helpful;

    PostView(TopicView page, Post post) {
        this.page = page;
        this.post = post;
        setId("post-" + post.number());
        addClassName("ts-forum-post");
        getElement().setAttribute("tabindex", "-1");
        rebuild();
    }

    Post post() {
        return post;
    }

    private ForumTexts texts() {
        return page.texts;
    }

    private PostPermissions permissions() {
        return post.permissions() == null ? PostPermissions.NONE : post.permissions();
    }

    void rebuild() {
        removeAll();
        editor = null;
        helpful = null;
        ForumTexts texts = texts();
        setClassName("ts-forum-post-removed", post.removed());
        setClassName("ts-forum-post-accepted", post.accepted());
        setClassName("ts-forum-post-unread", post.unread());
        getElement().setAttribute("aria-label",
                texts.t("forum.ui.post.label", post.number(), ForumTexts.nz(post.authorName())));

        Div head = new Div();
        head.addClassName("ts-forum-post-head");
        var number = Parts.post(post.topicId(), post.number(), "#" + post.number());
        number.getElement().setAttribute("aria-label", texts.t("forum.ui.post.link", post.number()));
        number.addClassName("ts-forum-post-number");
        head.add(number, Parts.profile(post.authorPersonId(), post.authorName()), Parts.time(texts, post.createdAt()));
        if (post.editedAt() != null) {
            if (permissions().history()) {
                Button edited = new Button(texts.t("forum.ui.post.edited"), e -> new HistoryDialog(page, post).open());
                edited.setId("post-" + post.number() + "-history");
                edited.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edited.setAriaLabel(texts.t("forum.ui.post.history.open", post.number()));
                edited.setTooltipText(texts.t("forum.ui.post.edited-at", texts.dateTime(post.editedAt())));
                head.add(edited);
            } else {
                Span edited = new Span(texts.t("forum.ui.post.edited"));
                edited.getElement().setAttribute("title", texts.t("forum.ui.post.edited-at",
                        texts.dateTime(post.editedAt())));
                edited.addClassName("ts-forum-edited");
                head.add(edited);
            }
        }
        if (post.accepted()) {
            head.add(Parts.badge(texts.t("forum.ui.accepted.badge"), "success", VaadinIcon.CHECK_CIRCLE));
        }
        if (post.unread()) {
            head.add(Parts.badge(texts.t("forum.ui.post.unread"), "primary", VaadinIcon.STAR));
        }
        if (page.splitting() && post.number() > 1 && !post.removed()) {
            Checkbox pick = new Checkbox(texts.t("forum.ui.split.pick", post.number()));
            pick.setId("post-" + post.number() + "-split");
            pick.setValue(page.splitSelection.contains(post.id()));
            pick.addValueChangeListener(e -> page.selectForSplit(post.id(), e.getValue()));
            head.add(pick);
        }
        add(head);

        if (post.quotedPostNumber() != null && !post.removed()) {
            Paragraph inReply = new Paragraph(Parts.post(post.topicId(), post.quotedPostNumber(),
                    texts.t("forum.ui.post.in-reply-to", post.quotedPostNumber())));
            inReply.addClassName("ts-forum-meta");
            add(inReply);
        }

        if (post.removed()) {
            Paragraph removed = new Paragraph(texts.t("forum.post.removed"));
            removed.addClassName("ts-forum-removed");
            removed.setId("post-" + post.number() + "-removed");
            add(removed);
            if (post.removalReason() != null && !post.removalReason().isBlank()) {
                Paragraph reason = new Paragraph(texts.t("forum.ui.post.removal-reason", post.removalReason()));
                reason.addClassName("ts-forum-meta");
                add(reason);
            }
        } else if (post.html() == null) {
            Paragraph hidden = new Paragraph(texts.t("forum.post.hidden"));
            hidden.addClassName("ts-forum-removed");
            hidden.setId("post-" + post.number() + "-hidden");
            add(hidden);
        } else {
            if (post.hidden()) {
                Paragraph note = new Paragraph(texts.t("forum.post.hidden-visible-to-you"));
                note.addClassName("ts-forum-meta");
                note.setId("post-" + post.number() + "-hidden-note");
                add(note);
            }
            Div body = Parts.html(post.html(), "ts-forum-body");
            body.setId("post-" + post.number() + "-body");
            add(body);
        }
        add(actions());
    }

    private Component actions() {
        ForumTexts texts = texts();
        PostPermissions p = permissions();
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("ts-forum-post-actions");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        actions.setSpacing(true);
        String prefix = "post-" + post.number() + "-";
        if (!post.removed()) {
            if (p.react()) {
                helpful = new Button(texts.t("forum.ui.post.helpful", post.helpfulCount()), e -> toggleHelpful());
                helpful.setId(prefix + "helpful");
                helpful.setIcon((post.helpfulByMe() ? VaadinIcon.THUMBS_UP : VaadinIcon.THUMBS_UP_O).create());
                helpful.getElement().setAttribute("aria-pressed", Boolean.toString(post.helpfulByMe()));
                helpful.addThemeVariants(ButtonVariant.TERTIARY);
                if (post.helpfulByMe()) {
                    helpful.addClassName("ts-forum-pressed");
                }
                actions.add(helpful);
            } else if (post.helpfulCount() > 0) {
                Span count = new Span(texts.t("forum.ui.post.helpful-count", post.helpfulCount()));
                count.setId(prefix + "helpful-count");
                count.addClassName("ts-forum-meta");
                actions.add(count);
            }
            if (p.accept() && post.number() > 1 && page.topic().summary().kind() == TopicKind.QUESTION) {
                Button accept = post.accepted()
                        ? new Button(texts.t("forum.ui.post.unaccept"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                                e -> unaccept())
                        : new Button(texts.t("forum.ui.post.accept"), VaadinIcon.CHECK_CIRCLE_O.create(),
                                e -> accept());
                accept.setId(prefix + (post.accepted() ? "unaccept" : "accept"));
                accept.addThemeVariants(ButtonVariant.TERTIARY);
                if (!post.accepted()) {
                    accept.addThemeVariants(ButtonVariant.SUCCESS);
                }
                actions.add(accept);
            }
            if (p.quote() && page.permissions().reply()) {
                Button quote = new Button(texts.t("forum.ui.post.quote"), VaadinIcon.QUOTE_LEFT.create(),
                        e -> page.quote(post));
                quote.setId(prefix + "quote");
                quote.addThemeVariants(ButtonVariant.TERTIARY);
                quote.setAriaLabel(texts.t("forum.ui.post.quote.label", post.number()));
                actions.add(quote);
            }
            if (p.edit()) {
                Button edit = new Button(texts.t("forum.ui.edit"), VaadinIcon.EDIT.create(), e -> startEdit());
                edit.setId(prefix + "edit");
                edit.addThemeVariants(ButtonVariant.TERTIARY);
                edit.setAriaLabel(texts.t("forum.ui.post.edit.label", post.number()));
                actions.add(edit);
            }
            if (p.remove()) {
                Button remove = new Button(texts.t("forum.ui.post.remove"), VaadinIcon.TRASH.create(),
                        e -> new RemoveDialog(page, post).open());
                remove.setId(prefix + "remove");
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.setAriaLabel(texts.t("forum.ui.post.remove.label", post.number()));
                actions.add(remove);
            }
        } else if (page.permissions().moderate()) {
            Button restore = new Button(texts.t("forum.ui.post.restore"), VaadinIcon.ROTATE_LEFT.create(),
                    e -> restore());
            restore.setId(prefix + "restore");
            restore.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(restore);
        }
        for (org.thirdspace.forum.PostActionsExtension extension : page.postActions) {
            extension.actionFor(post, page::reload).ifPresent(actions::add);
        }
        actions.setVisible(actions.getComponentCount() > 0);
        return actions;
    }

    private void toggleHelpful() {
        try {
            post = page.forums.setHelpful(post.id(), !post.helpfulByMe());
            rebuild();
            if (helpful != null) {
                helpful.focus();
            }
        } catch (ForumException e) {
            Parts.error(texts().error(e));
        }
    }

    private void accept() {
        try {
            page.forums.accept(post.topicId(), post.id());
            Parts.done(texts().t("forum.ui.post.accepted", post.number()));
            page.reload();
        } catch (ForumException e) {
            Parts.error(texts().error(e));
        }
    }

    private void unaccept() {
        try {
            page.forums.unaccept(post.topicId());
            Parts.done(texts().t("forum.ui.post.unaccepted"));
            page.reload();
        } catch (ForumException e) {
            Parts.error(texts().error(e));
        }
    }

    private void restore() {
        try {
            page.forums.restore(post.id());
            Parts.done(texts().t("forum.ui.post.restored", post.number()));
            page.reload();
        } catch (ForumException e) {
            Parts.error(texts().error(e));
        }
    }

    /** Replaces the text by an editor with the post's Markdown, an optional reason, save and cancel. */
    void startEdit() {
        ForumTexts texts = texts();
        removeAll();
        Div head = new Div(new Span(texts.t("forum.ui.post.editing", post.number())));
        head.addClassName("ts-forum-post-head");
        editor = new Composer(page.forums, texts, "post-" + post.number() + "-editor",
                texts.t("forum.ui.post.edit.text", post.number()), () -> page.topic().summary().forum(), false);
        editor.setValue(post.markdown());
        TextField reason = new TextField(texts.t("forum.ui.post.edit.reason"));
        reason.setId("post-" + post.number() + "-edit-reason");
        reason.setMaxLength(ForumService.MAX_REASON);
        reason.setWidthFull();
        Button save = new Button(texts.t("forum.ui.save"), e -> saveEdit(reason.getValue()));
        save.setId("post-" + post.number() + "-edit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(texts.t("forum.ui.cancel"), e -> {
            rebuild();
            focus();
        });
        cancel.setId("post-" + post.number() + "-edit-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        add(head, editor, reason, buttons);
        editor.text.focus();
    }

    private void saveEdit(String reason) {
        editor.clearError();
        if (editor.value().isBlank()) {
            editor.showError(texts().t("forum.error.post-required"));
            return;
        }
        try {
            post = page.forums.edit(post.id(), new PostEdit(editor.value(), post.revisionCount(),
                    reason == null || reason.isBlank() ? null : reason.strip()));
            Parts.done(texts().t("forum.ui.post.saved", post.number()));
            rebuild();
            focus();
        } catch (ForumException e) {
            editor.showError(texts().error(e));
        } catch (PostingLimitExceeded e) {
            editor.showError(texts().error(e));
        }
    }

    private void focus() {
        getElement().callJsFunction("focus");
    }
}
