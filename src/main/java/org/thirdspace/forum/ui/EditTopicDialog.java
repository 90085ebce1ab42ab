package org.thirdspace.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.TopicSummary;

/** The author or a moderator changes a topic's title and tags. */
class EditTopicDialog extends Dialog {

    final TextField title;
    final TextField tags = new TextField();

    EditTopicDialog(TopicView page) {
        ForumTexts texts = page.texts;
        TopicSummary s = page.topic().summary();
        setId("forum-edit-topic-dialog");
        setHeaderTitle(texts.t("forum.ui.topic.edit"));
        setWidth("min(40rem, 95vw)");
        title = TopicView.titleField("forum-edit-topic-title", texts.t("forum.ui.new.title"));
        title.setValue(s.title());
        tags.setId("forum-edit-topic-tags");
        tags.setLabel(texts.t("forum.ui.new.tags"));
        tags.setHelperText(texts.t("forum.ui.new.tags.help", ForumService.MAX_TAGS));
        tags.setValue(String.join(", ", s.tags() == null ? java.util.List.of() : s.tags()));
        tags.setWidthFull();
        add(title, tags);
        Button save = new Button(texts.t("forum.ui.save"), e -> {
            title.setInvalid(false);
            tags.setInvalid(false);
            try {
                page.forums.editTopic(page.topicId(), title.getValue(), NewTopicView.parseTags(tags.getValue()));
                close();
                Parts.done(texts.t("forum.ui.topic.saved"));
                page.reload();
            } catch (ForumException ex) {
                TextField target = "tags".equals(ex.field()) || "tag".equals(ex.field()) ? tags : title;
                target.setErrorMessage(texts.error(ex));
                target.setInvalid(true);
            }
        });
        save.setId("forum-edit-topic-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(texts.t("forum.ui.cancel"), e -> close()), save);
    }
}
