package org.thirdspace.forum.ui;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.thirdspace.forum.Category;
import org.thirdspace.forum.ForumException;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.GroupForum;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicDraft;
import org.thirdspace.forum.TopicKind;

/**
 * Starting a topic ({@code forum/new?forum=category:3} or {@code group:7}): where it goes, a
 * discussion or a question, the title, the first post in Markdown with a live preview and
 * mentions, and tags. The service checks everything; its errors show at the field they concern.
 */
@Route("forum/new")
@PermitAll
public class NewTopicView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String FORUM = "forum";
    static final String KIND = "kind";

    private final ForumService forums;
    private final ForumTexts texts;

    final Select<ForumKey> where = new Select<>();
    final RadioButtonGroup<TopicKind> kind = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final TextField tags = new TextField();
    final Composer body;
    final Paragraph problem = new Paragraph();
    final Button post = new Button();
    private final Map<ForumKey, String> names = new LinkedHashMap<>();

    public NewTopicView(ForumService forums, Clock clock) {
        this.forums = forums;
        this.texts = new ForumTexts(this, clock);
        addClassName("ts-forum");
        addClassName("ts-forum-new");

        where.setId("forum-new-forum");
        where.setLabel(texts.t("forum.ui.new.forum"));
        where.setRequiredIndicatorVisible(true);
        where.setItemLabelGenerator(k -> names.getOrDefault(k, k.key()));
        where.setEmptySelectionAllowed(false);

        kind.setId("forum-new-kind");
        kind.setLabel(texts.t("forum.ui.new.kind"));
        kind.setItems(TopicKind.values());
        kind.setItemLabelGenerator(k -> texts.t("forum.ui.new.kind." + ForumTexts.lower(k)));
        kind.setValue(TopicKind.DISCUSSION);
        kind.setRequiredIndicatorVisible(true);

        title.setId("forum-new-title");
        title.setLabel(texts.t("forum.ui.new.title"));
        title.setHelperText(texts.t("forum.ui.new.title.help", ForumService.MIN_TITLE, ForumService.MAX_TITLE));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();

        body = new Composer(forums, texts, "forum-new-body", texts.t("forum.ui.new.body"), where::getValue, true);

        tags.setId("forum-new-tags");
        tags.setLabel(texts.t("forum.ui.new.tags"));
        tags.setHelperText(texts.t("forum.ui.new.tags.help", ForumService.MAX_TAGS));
        tags.setWidthFull();

        problem.setId("forum-new-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("ts-forum-problem");
        problem.setVisible(false);

        post.setId("forum-new-post");
        post.setText(texts.t("forum.ui.new.post"));
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.addClickListener(e -> submit());
        Button cancel = new Button(texts.t("forum.ui.cancel"), e -> cancel());
        cancel.setId("forum-new-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(post, cancel);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H1(texts.t("forum.ui.new.heading")), problem, where, kind, title, body, tags, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        names.clear();
        try {
            for (Category c : forums.categories()) {
                if (!c.archived() && forums.canPostIn(c.forum())) {
                    names.put(c.forum(), c.name());
                }
            }
            for (GroupForum g : forums.myGroupForums()) {
                if (g.canPost()) {
                    names.put(g.forum(), texts.t("forum.ui.group.forum-name", g.groupName()));
                }
            }
        } catch (ForumException e) {
            showProblem(texts.error(e));
        }
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(FORUM);
        ForumKey chosen = null;
        if (asked.isPresent()) {
            Optional<ForumKey> parsed = ForumKey.parse(asked.get().strip());
            if (parsed.isPresent() && !names.containsKey(parsed.get())) {
                // a forum the user may see and post in that the lists leave out (a moderator elsewhere)
                try {
                    if (forums.canPostIn(parsed.get())) {
                        names.put(parsed.get(), forums.forumName(parsed.get()));
                    }
                } catch (ForumException e) {
                    // unknown or invisible: treated as not offered below
                }
            }
            if (parsed.isPresent() && names.containsKey(parsed.get())) {
                chosen = parsed.get();
            } else {
                where.setErrorMessage(texts.t("forum.ui.new.bad-forum"));
                where.setInvalid(true);
            }
        }
        where.setItems(names.keySet());
        if (chosen != null) {
            where.setValue(chosen);
        }
        event.getLocation().getQueryParameters().getSingleParameter(KIND)
                .flatMap(k -> Arrays.stream(TopicKind.values()).filter(v -> ForumTexts.lower(v).equals(k)).findFirst())
                .ifPresent(kind::setValue);
        if (names.isEmpty()) {
            showProblem(texts.t("forum.ui.new.nowhere"));
            post.setEnabled(false);
        }
    }

    static List<String> parseTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.startsWith("#") ? s.substring(1) : s).toList();
    }

    void submit() {
        for (HasValidation f : new HasValidation[] {where, kind, title, tags}) {
            f.setInvalid(false);
        }
        body.clearError();
        problem.setVisible(false);
        if (where.getValue() == null) {
            fieldError("forum", texts.t("forum.error.forum-required"));
            return;
        }
        TopicDraft draft = new TopicDraft(where.getValue(), kind.getValue(), title.getValue(), body.value(),
                parseTags(tags.getValue()));
        TopicDetails created;
        try {
            created = forums.createTopic(draft);
        } catch (ForumException e) {
            if (!fieldError(e.field(), texts.error(e))) {
                showProblem(texts.error(e));
            }
            return;
        } catch (PostingLimitExceeded e) {
            fieldError("markdown", texts.error(e));
            return;
        } catch (ConstraintViolationException e) {
            boolean shown = false;
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                shown |= fieldError(ForumTexts.leaf(v), v.getMessage());
            }
            if (!shown) {
                showProblem(texts.error(e));
            }
            return;
        }
        Parts.done(texts.t("forum.ui.new.created"));
        UI.getCurrent().navigate(TopicView.class,
                new RouteParameters(TopicView.ID, Long.toString(created.id())));
    }

    /** Shows a message at the field a service error names; false when no field matches. */
    boolean fieldError(String field, String message) {
        if (field == null) {
            return false;
        }
        switch (field) {
            case "forum", "categoryId", "groupId" -> {
                where.setErrorMessage(message);
                where.setInvalid(true);
            }
            case "kind" -> {
                kind.setErrorMessage(message);
                kind.setInvalid(true);
            }
            case "title" -> {
                title.setErrorMessage(message);
                title.setInvalid(true);
            }
            case "markdown", "body", "text" -> body.showError(message);
            case "tags", "tag" -> {
                tags.setErrorMessage(message);
                tags.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void cancel() {
        ForumKey k = where.getValue();
        if (k == null) {
            UI.getCurrent().navigate(ForumHomeView.class);
        } else {
            UI.getCurrent().navigate(new ForumLinks(forums).href(k));
        }
    }

    @Override
    public String getPageTitle() {
        return texts.t("forum.ui.new.heading") + " \u2013 ThirdSpace";
    }
}
