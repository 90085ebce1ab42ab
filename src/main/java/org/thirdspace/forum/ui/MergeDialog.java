package org.thirdspace.forum.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;

import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumSearchQuery;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicSummary;
import org.thirdspace.search.SearchIndexException;

/**
 * A moderator merges this topic (a duplicate) into another: found by its number or by words
 * from it. The posts follow the other topic's; this one becomes a closed redirect.
 */
class MergeDialog extends Dialog {

    /** A topic to merge into, as the picker shows it. */
    record Choice(long id, String title, String forumName) {
    }

    final ComboBox<Choice> target = new ComboBox<>();

    MergeDialog(TopicView page) {
        ForumTexts texts = page.texts;
        long self = page.topicId();
        setId("forum-merge-dialog");
        setHeaderTitle(texts.t("forum.ui.merge.heading"));
        setWidth("min(40rem, 95vw)");
        target.setId("forum-merge-target");
        target.setLabel(texts.t("forum.ui.merge.target"));
        target.setHelperText(texts.t("forum.ui.merge.target.help"));
        target.setWidthFull();
        target.setItemLabelGenerator(c -> texts.t("forum.ui.merge.choice", c.id(), c.title(),
                ForumTexts.nz(c.forumName())));
        target.setItems(query -> {
            String filter = query.getFilter().orElse("").strip();
            int offset = query.getOffset();
            int limit = query.getLimit();
            return find(page, filter, self).stream().skip(offset).limit(limit);
        });
        add(new Paragraph(texts.t("forum.ui.merge.intro", page.topic().summary().title())), target);
        Button merge = new Button(texts.t("forum.ui.merge.confirm"), e -> {
            target.setInvalid(false);
            if (target.getValue() == null) {
                target.setErrorMessage(texts.t("forum.ui.merge.choose"));
                target.setInvalid(true);
                return;
            }
            try {
                TopicDetails survivor = page.moderation.merge(self, target.getValue().id());
                close();
                Parts.done(texts.t("forum.ui.merge.done", survivor.summary().title()));
                UI.getCurrent().navigate(TopicView.class,
                        new RouteParameters(TopicView.ID, Long.toString(survivor.id())));
            } catch (ForumException ex) {
                target.setErrorMessage(texts.error(ex));
                target.setInvalid(true);
            }
        });
        merge.setId("forum-merge-confirm");
        merge.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(texts.t("forum.ui.cancel"), e -> close()), merge);
    }

    /** A topic number finds that topic; words search titles and posts. This topic is left out. */
    static List<Choice> find(TopicView page, String filter, long self) {
        if (filter.isEmpty()) {
            return List.of();
        }
        String number = filter.startsWith("#") ? filter.substring(1) : filter;
        if (number.matches("[0-9]{1,18}")) {
            try {
                TopicSummary s = page.forums.topic(Long.parseLong(number)).summary();
                return s.id() == self || s.mergedIntoId() != null ? List.of()
                        : List.of(new Choice(s.id(), s.title(), s.forumName()));
            } catch (ForumException e) {
                return List.of();
            }
        }
        if (filter.length() < 2) {
            return List.of();
        }
        try {
            return page.search.search(new ForumSearchQuery(filter, null, null, null, null, null, 0, 10)).hits()
                    .stream().filter(h -> h.topicId() != self)
                    .map(h -> new Choice(h.topicId(), h.title(), h.forumName())).toList();
        } catch (ForumException | SearchIndexException e) {
            return List.of();
        }
    }
}
