package org.thirdspace.forum.ui;

import java.util.ArrayList;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.TopicDetails;

/**
 * Splitting replies into a new topic: while it is open every reply of the page has a checkbox;
 * the moderator gives the new topic a title and a forum and splits.
 */
class SplitPanel extends Section {

    final Paragraph count = new Paragraph();
    final TextField title;
    final Select<ForumKey> target;
    final Button split = new Button();
    private final TopicView page;
    private final H2 heading;

    SplitPanel(TopicView page) {
        this.page = page;
        ForumTexts texts = page.texts;
        setId("forum-split-panel");
        addClassName("ts-forum-panel");
        heading = new H2(texts.t("forum.ui.split.heading"));
        heading.setId("forum-split-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", "forum-split-heading");
        count.setId("forum-split-count");
        count.getElement().setAttribute("role", "status");
        title = TopicView.titleField("forum-split-title", texts.t("forum.ui.split.title"));
        target = TopicView.forumSelect("forum-split-target", texts.t("forum.ui.split.target"), page.forumChoices());
        target.setValue(page.topic().summary().forum());
        split.setId("forum-split-confirm");
        split.setText(texts.t("forum.ui.split.confirm"));
        split.addThemeVariants(ButtonVariant.PRIMARY);
        split.addClickListener(e -> split());
        Button cancel = new Button(texts.t("forum.ui.cancel"), e -> page.stopSplit());
        cancel.setId("forum-split-cancel");
        HorizontalLayout buttons = new HorizontalLayout(split, cancel);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, new Paragraph(texts.t("forum.ui.split.intro")), count, title, target, buttons);
        updateCount();
    }

    void focusIntro() {
        heading.getElement().callJsFunction("focus");
    }

    void updateCount() {
        count.setText(page.texts.t("forum.ui.split.count", page.splitSelection.size()));
    }

    private void split() {
        ForumTexts texts = page.texts;
        title.setInvalid(false);
        target.setInvalid(false);
        if (page.splitSelection.isEmpty()) {
            Parts.error(texts.t("forum.error.split-empty"));
            return;
        }
        if (target.getValue() == null) {
            target.setErrorMessage(texts.t("forum.error.forum-required"));
            target.setInvalid(true);
            return;
        }
        try {
            TopicDetails created = page.moderation.split(page.topicId(), new ArrayList<>(page.splitSelection),
                    title.getValue(), target.getValue());
            Parts.done(texts.t("forum.ui.split.done"));
            UI.getCurrent().navigate(TopicView.class,
                    new RouteParameters(TopicView.ID, Long.toString(created.id())));
        } catch (ForumException ex) {
            if ("forum".equals(ex.field()) || "target".equals(ex.field())) {
                target.setErrorMessage(texts.error(ex));
                target.setInvalid(true);
            } else if ("title".equals(ex.field())) {
                title.setErrorMessage(texts.error(ex));
                title.setInvalid(true);
            } else {
                Parts.error(texts.error(ex));
            }
        }
    }
}
