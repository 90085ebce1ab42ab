package org.thirdspace.moderation.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.thirdspace.casestudies.CaseStudyActionsExtension;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.Comment;
import org.thirdspace.moderation.ModerationService;
import org.thirdspace.people.PeopleService;

/**
 * Adds "Flag" to the case-study page and to each of its discussion comments, for signed-in
 * members who did not write them; it opens the {@link FlagDialog}. Nothing for removed or hidden
 * content (a hidden item is already waiting for a moderator).
 */
@org.springframework.stereotype.Component
class FlagCaseStudyAction implements CaseStudyActionsExtension {

    private final ModerationService moderation;
    private final CaseStudyService caseStudies;
    private final PeopleService people;

    FlagCaseStudyAction(ModerationService moderation, CaseStudyService caseStudies, PeopleService people) {
        this.moderation = moderation;
        this.caseStudies = caseStudies;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> actionFor(CaseStudyDetails caseStudy, Runnable reload) {
        Optional<Long> me = people.myPersonId();
        if (me.isEmpty() || caseStudy.hidden() || caseStudies.isAuthor(caseStudy.id(), me.get())) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Button flag = button(ui, "cs-flag");
        if (ui != null) {
            flag.setAriaLabel(ui.getTranslation("moderation.flag.case-study.label"));
        }
        flag.addClickListener(e -> new FlagDialog(moderation, "case-study:" + caseStudy.id(), reload,
                "moderation.flag.case-study.title", "moderation.flag.case-study.sent-hidden").open());
        return Optional.of(flag);
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> commentActionFor(long caseStudyId, Comment comment,
            Runnable reload) {
        Optional<Long> me = people.myPersonId();
        if (me.isEmpty() || comment.mine() || me.get() == comment.authorPersonId() || comment.deleted()
                || comment.hidden()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Button flag = button(ui, "cs-comment-flag-" + comment.id());
        if (ui != null) {
            flag.setAriaLabel(ui.getTranslation("moderation.flag.comment.label", comment.authorName()));
        }
        flag.addClickListener(e -> new FlagDialog(moderation, "case-study-comment:" + comment.id(), reload,
                "moderation.flag.comment.title", "moderation.flag.comment.sent-hidden").open());
        return Optional.of(flag);
    }

    private static Button button(UI ui, String id) {
        Button flag = new Button(ui == null ? "Flag" : ui.getTranslation("moderation.flag.button"),
                VaadinIcon.FLAG_O.create());
        flag.setId(id);
        flag.addThemeVariants(ButtonVariant.TERTIARY);
        return flag;
    }
}
