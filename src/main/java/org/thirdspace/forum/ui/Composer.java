package org.thirdspace.forum.ui;

import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Mentionable;

/**
 * Writing a post: a Markdown text area with a "Write" and a "Preview" tab (the preview is
 * rendered by the service exactly as the post will be shown), optionally a live preview under
 * the text instead, and a "Mention someone" box that looks people up as the user types and
 * inserts their mention token where the cursor was (at the end when it is not known).
 */
class Composer extends Div {

    /** Most people suggested at once. */
    static final int MENTION_LIMIT = 10;

    final TextArea text = new TextArea();
    final ComboBox<Mentionable> mention = new ComboBox<>();
    final Div preview = new Div();
    /** The rendered preview (sanitised HTML from the service). */
    final Div previewHtml = new Div();
    private final Paragraph previewNote = new Paragraph();
    final Span announcer = new Span();
    private final TabSheet tabs;
    private final Tab previewTab;
    private final ForumService service;
    private final ForumTexts texts;
    private final Supplier<ForumKey> forum;
    /** Where the cursor was when the text area last lost focus; -1 when not known. */
    private int caret = -1;

    Composer(ForumService service, ForumTexts texts, String id, String label, Supplier<ForumKey> forum,
            boolean livePreview) {
        this.service = service;
        this.texts = texts;
        this.forum = forum;
        addClassName("ts-forum-composer");
        setId(id + "-composer");

        text.setId(id);
        text.setLabel(label);
        text.setHelperText(texts.t("forum.ui.composer.help"));
        text.setMaxLength(ForumService.MAX_POST);
        text.setWidthFull();
        text.setMinRows(livePreview ? 8 : 5);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.getElement().addEventListener("focusout", e -> {
            var at = e.getEventData().get("element.inputElement.selectionStart");
            caret = at != null && at.isNumber() ? at.asInt() : -1;
        }).addEventData("element.inputElement.selectionStart");

        mention.setId(id + "-mention");
        mention.setLabel(texts.t("forum.ui.composer.mention"));
        mention.setHelperText(texts.t("forum.ui.composer.mention.help"));
        mention.setItemLabelGenerator(Composer::mentionLabel);
        mention.setPlaceholder(texts.t("forum.ui.composer.mention.placeholder"));
        mention.setClearButtonVisible(true);
        mention.setWidth("min(26rem, 100%)");
        mention.setItems(query -> {
            String prefix = query.getFilter().orElse("").strip();
            int offset = query.getOffset();
            int limit = query.getLimit();
            ForumKey where = forum.get();
            if (prefix.isEmpty() || where == null) {
                return Stream.empty();
            }
            try {
                return service.mentionable(where, prefix, MENTION_LIMIT).stream().skip(offset).limit(limit);
            } catch (ForumException e) {
                return Stream.empty();
            }
        });
        mention.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                insertMention(e.getValue());
            }
        });
        announcer.addClassName("ts-forum-sr-only");
        announcer.getElement().setAttribute("role", "status");

        preview.setId(id + "-preview");
        preview.addClassName("ts-forum-preview");
        preview.addClassName("ts-forum-body");
        preview.getElement().setAttribute("aria-live", "polite");
        previewNote.addClassName("ts-forum-preview-note");
        preview.add(previewNote, previewHtml);

        Div write = new Div(text, mention, announcer);
        write.addClassName("ts-forum-composer-write");
        if (livePreview) {
            tabs = null;
            previewTab = null;
            Paragraph previewLabel = new Paragraph(texts.t("forum.ui.composer.preview.of", label));
            previewLabel.addClassName("ts-forum-preview-label");
            preview.getElement().setAttribute("aria-label", previewLabel.getText());
            text.addValueChangeListener(e -> renderPreview());
            add(write, previewLabel, preview);
        } else {
            tabs = new TabSheet();
            tabs.setWidthFull();
            Tab writeTab = tabs.add(texts.t("forum.ui.composer.write"), write);
            writeTab.setId(id + "-write-tab");
            previewTab = tabs.add(texts.t("forum.ui.composer.preview"), preview);
            previewTab.setId(id + "-preview-tab");
            tabs.addSelectedChangeListener(e -> {
                if (e.getSelectedTab() == previewTab) {
                    renderPreview();
                }
            });
            add(tabs);
        }
    }

    static String mentionLabel(Mentionable m) {
        return m.headline() == null || m.headline().isBlank() ? m.displayName()
                : m.displayName() + " \u2013 " + m.headline();
    }

    String value() {
        return text.getValue();
    }

    void setValue(String value) {
        text.setValue(value == null ? "" : value);
        caret = -1;
    }

    /** Inserts the person's mention token at the cursor and returns the focus to the text. */
    void insertMention(Mentionable person) {
        String token = person.token();
        String value = text.getValue();
        int at = caret < 0 || caret > value.length() ? value.length() : caret;
        String before = value.substring(0, at);
        String after = value.substring(at);
        String lead = before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1)) ? "" : " ";
        String trail = after.isEmpty() || !Character.isWhitespace(after.charAt(0)) ? " " : "";
        String inserted = lead + token + trail;
        text.setValue(before + inserted + after);
        int end = at + inserted.length();
        caret = end;
        mention.clear();
        announcer.setText(texts.t("forum.ui.composer.mention.inserted", person.displayName()));
        showWrite();
        text.focus();
        text.getElement().executeJs("const i = this.inputElement; if (i) { i.setSelectionRange($0, $0); }", end);
    }

    /** Adds a block (a quote) after the text, separated by a blank line, and focuses the text. */
    void appendBlock(String markdown) {
        String value = text.getValue().stripTrailing();
        text.setValue(value.isEmpty() ? markdown.strip() + "\n\n" : value + "\n\n" + markdown.strip() + "\n\n");
        caret = -1;
        showWrite();
        text.focus();
    }

    void showError(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    void clearError() {
        text.setInvalid(false);
        text.setErrorMessage(null);
    }

    private void showWrite() {
        if (tabs != null && tabs.getSelectedIndex() != 0) {
            tabs.setSelectedIndex(0);
        }
    }

    void renderPreview() {
        String markdown = text.getValue();
        String html = "";
        String note = "";
        if (markdown == null || markdown.isBlank()) {
            note = texts.t("forum.ui.composer.preview.empty");
        } else {
            try {
                html = service.preview(markdown);
            } catch (ForumException e) {
                note = texts.error(e);
            }
        }
        previewHtml.getElement().setProperty("innerHTML", html == null ? "" : html);
        previewNote.setText(note);
        previewNote.setVisible(!note.isEmpty());
    }
}
