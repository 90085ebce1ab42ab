package org.thirdspace.casestudies.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.thirdspace.casestudies.CaseStudyActionsExtension;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.Comment;

/**
 * The discussion: comments in Markdown (rendered and sanitised by the service), oldest first; a
 * deleted comment keeps its place. Members write with a live preview; authors delete their own
 * comments and moderators any. A comment hidden pending moderator review shows a placeholder to
 * everyone but its author and moderators; other modules add controls to each comment through
 * {@link CaseStudyActionsExtension} (moderation's "Flag").
 */
class DiscussionTab extends Div {

    final UnorderedList comments = new UnorderedList();
    final TextArea text = new TextArea();
    final Div preview = new Div();
    private final CaseStudyPage page;

    DiscussionTab(CaseStudyPage page) {
        this.page = page;
        addClassName("ts-cs-discussion");
        setId("cs-discussion");
        CaseStudyTexts texts = page.texts;
        List<Comment> all = page.service.comments(page.id());
        comments.setId("cs-comments");
        comments.addClassName("ts-cs-comments");
        if (all.isEmpty()) {
            add(new Paragraph(texts.t("casestudies.ui.discussion.none")));
        }
        all.forEach(c -> comments.add(entry(c)));
        add(comments);
        if (page.permissions().canComment()) {
            add(form());
        } else if (!page.authenticated) {
            add(new Paragraph(texts.t("casestudies.ui.discussion.log-in")));
        }
    }

    private ListItem entry(Comment c) {
        CaseStudyTexts texts = page.texts;
        ListItem item = new ListItem();
        item.setId("cs-comment-" + c.id());
        item.addClassName("ts-cs-comment");
        Paragraph who = new Paragraph(new Span(CaseStudyTexts.nz(c.authorName()) + " "));
        who.addClassName("ts-cs-meta");
        Span when = new Span();
        when.getElement().appendChild(Parts.time(texts.dateTime(c.createdAt()), c.createdAt()));
        who.add(when);
        item.add(who);
        if (c.deleted()) {
            Paragraph removed = new Paragraph(texts.t("casestudies.ui.discussion.removed"));
            removed.addClassName("ts-cs-removed");
            item.add(removed);
            return item;
        }
        if (c.withheld()) {
            Paragraph hidden = new Paragraph(texts.t("casestudies.ui.discussion.hidden"));
            hidden.addClassName("ts-cs-removed");
            hidden.setId("cs-comment-hidden-" + c.id());
            item.add(hidden);
            return item;
        }
        if (c.hidden()) {
            Paragraph note = new Paragraph(texts.t("casestudies.ui.discussion.hidden.visible-to-you"));
            note.addClassName("ts-cs-banner");
            note.setId("cs-comment-hidden-note-" + c.id());
            note.getElement().setAttribute("role", "note");
            item.add(note);
        }
        item.add(Parts.html(c.html(), "ts-cs-body"));
        if (c.editedByModerator()) {
            Paragraph edited = new Paragraph(texts.t("casestudies.ui.discussion.edited-by-moderator"));
            edited.addClassName("ts-cs-meta");
            edited.setId("cs-comment-moderator-edit-" + c.id());
            item.add(edited);
        }
        for (CaseStudyActionsExtension extension : page.actionExtensions) {
            extension.commentActionFor(page.id(), c, page::reload).ifPresent(item::add);
        }
        if (c.mine() || page.permissions().canModerateComments()) {
            Button delete = new Button(texts.t("casestudies.ui.discussion.delete"), e -> delete(c));
            delete.setId("cs-comment-delete-" + c.id());
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            delete.setAriaLabel(texts.t("casestudies.ui.discussion.delete.of", CaseStudyTexts.nz(c.authorName())));
            item.add(delete);
        }
        return item;
    }

    private Component form() {
        CaseStudyTexts texts = page.texts;
        Section section = new Section(new H2(texts.t("casestudies.ui.discussion.add")));
        text.setId("cs-comment");
        text.setLabel(texts.t("casestudies.ui.discussion.text"));
        text.setHelperText(texts.t("casestudies.ui.markdown.help"));
        text.setMaxLength(CaseStudyService.MAX_COMMENT);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        preview.setId("cs-comment-preview");
        preview.addClassName("ts-cs-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        preview.getElement().setAttribute("aria-label", texts.t("casestudies.ui.preview.of", text.getLabel()));
        text.addValueChangeListener(e -> preview.getElement().setProperty("innerHTML",
                page.markdown.toHtml(e.getValue())));
        Span previewLabel = new Span(texts.t("casestudies.ui.preview.of", text.getLabel()));
        previewLabel.addClassName("ts-cs-preview-label");
        previewLabel.getElement().setAttribute("aria-hidden", "true");
        Button post = new Button(texts.t("casestudies.ui.discussion.post"), e -> post());
        post.setId("cs-comment-post");
        post.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(text, previewLabel, preview, post);
        return section;
    }

    private void post() {
        text.setInvalid(false);
        if (text.getValue().isBlank()) {
            text.setErrorMessage(page.texts.t("casestudies.ui.discussion.empty"));
            text.setInvalid(true);
            return;
        }
        try {
            page.service.addComment(page.id(), text.getValue());
            Parts.done(page.texts.t("casestudies.ui.discussion.posted"));
            page.reload();
        } catch (CaseStudyException e) {
            text.setErrorMessage(page.texts.error(e));
            text.setInvalid(true);
        } catch (PostingLimitExceeded e) {
            text.setErrorMessage(page.texts.t(e.messageKey(), e.args()));
            text.setInvalid(true);
        }
    }

    private void delete(Comment c) {
        try {
            page.service.deleteComment(page.id(), c.id());
            page.reload();
        } catch (CaseStudyException e) {
            page.error(e);
        }
    }
}
