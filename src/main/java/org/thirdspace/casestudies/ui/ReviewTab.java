package org.thirdspace.casestudies.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyPermissions;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.CaseStudyStatus;
import org.thirdspace.casestudies.Review;
import org.thirdspace.casestudies.ReviewDecision;
import org.thirdspace.casestudies.Reviewer;
import org.thirdspace.finder.FinderQuery;
import org.thirdspace.finder.FinderResult;
import org.thirdspace.search.SearchIndexException;

/**
 * The review: where the case study is in the workflow, its named reviewers (moderators name and
 * remove them), the reviewer's decision (approve, or request changes with a comment), a
 * moderator's confirmation that a case study due for review is still current, and every review
 * so far with its comments.
 */
class ReviewTab extends Div {

    final TextArea comment = new TextArea();
    final ComboBox<FinderResult.Item> reviewer = new ComboBox<>();
    private final CaseStudyPage page;

    ReviewTab(CaseStudyPage page) {
        this.page = page;
        addClassName("ts-cs-review");
        setId("cs-review");
        CaseStudyTexts texts = page.texts;
        CaseStudyDetails d = page.caseStudy;
        CaseStudyPermissions p = page.permissions();

        Paragraph state = new Paragraph(texts.t(switch (d.status()) {
            case DRAFT -> "casestudies.ui.review.state.draft";
            case IN_REVIEW -> "casestudies.ui.review.state.in-review";
            case PUBLISHED -> "casestudies.ui.review.state.published";
        }, String.valueOf(d.headRevision())));
        state.setId("cs-review-state");
        add(state);
        if (d.reviewDueOn() != null && d.published()) {
            add(new Paragraph(texts.t("casestudies.ui.review.due-on", texts.date(d.reviewDueOn()))));
        }
        if (p.canSubmit() && d.status() == CaseStudyStatus.DRAFT) {
            add(new Paragraph(texts.t("casestudies.ui.review.submit-hint")));
        }
        if (p.canReview() && d.status() == CaseStudyStatus.IN_REVIEW) {
            add(decision(d));
        }
        if (p.canConfirmCurrent() && d.dueForReview()) {
            add(confirmCurrent(d));
        }
        add(reviewers(d, p));
        add(reviews(d.reviews()));
    }

    private Component decision(CaseStudyDetails d) {
        CaseStudyTexts texts = page.texts;
        Section section = new Section(new H2(texts.t("casestudies.ui.review.decide")));
        section.setId("cs-decide");
        section.add(new Paragraph(texts.t("casestudies.ui.review.decide.intro", String.valueOf(d.headRevision()))));
        comment.setId("cs-review-comment");
        comment.setLabel(texts.t("casestudies.ui.review.comment"));
        comment.setHelperText(texts.t("casestudies.ui.review.comment.help"));
        comment.setMaxLength(CaseStudyService.MAX_REVIEW_COMMENT);
        comment.setWidthFull();
        Button approve = new Button(texts.t("casestudies.ui.review.approve"), VaadinIcon.CHECK.create(),
                e -> decide(d, ReviewDecision.APPROVED));
        approve.setId("cs-approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        Button changes = new Button(texts.t("casestudies.ui.review.request-changes"), VaadinIcon.REPLY.create(),
                e -> decide(d, ReviewDecision.CHANGES_REQUESTED));
        changes.setId("cs-request-changes");
        HorizontalLayout buttons = new HorizontalLayout(approve, changes);
        section.add(comment, buttons);
        return section;
    }

    private void decide(CaseStudyDetails d, ReviewDecision decision) {
        comment.setInvalid(false);
        if (decision == ReviewDecision.CHANGES_REQUESTED && comment.getValue().isBlank()) {
            comment.setErrorMessage(page.texts.t("casestudies.ui.review.comment.required"));
            comment.setInvalid(true);
            return;
        }
        try {
            page.service.review(d.id(), d.headRevision(), decision, blankToNull(comment.getValue()));
            Parts.done(page.texts.t(decision == ReviewDecision.APPROVED ? "casestudies.ui.review.approved"
                    : "casestudies.ui.review.changes-requested"));
            page.reload();
        } catch (CaseStudyException e) {
            if ("comment".equals(e.field())) {
                comment.setErrorMessage(page.texts.error(e));
                comment.setInvalid(true);
            } else {
                page.error(e);
            }
        }
    }

    private Component confirmCurrent(CaseStudyDetails d) {
        CaseStudyTexts texts = page.texts;
        Section section = new Section(new H2(texts.t("casestudies.ui.review.confirm")));
        section.setId("cs-confirm");
        section.add(new Paragraph(texts.t("casestudies.ui.review.confirm.intro")));
        TextArea note = new TextArea(texts.t("casestudies.ui.review.comment"));
        note.setId("cs-confirm-comment");
        note.setMaxLength(CaseStudyService.MAX_REVIEW_COMMENT);
        note.setWidthFull();
        Button confirm = new Button(texts.t("casestudies.ui.review.confirm.button"), e -> {
            try {
                int revision = d.publishedRevision() == null ? d.headRevision() : d.publishedRevision();
                page.service.review(d.id(), revision, ReviewDecision.CONFIRMED_CURRENT, blankToNull(note.getValue()));
                Parts.done(texts.t("casestudies.ui.review.confirmed"));
                page.reload();
            } catch (CaseStudyException ex) {
                page.error(ex);
            }
        });
        confirm.setId("cs-confirm-current");
        section.add(note, confirm);
        return section;
    }

    private Component reviewers(CaseStudyDetails d, CaseStudyPermissions p) {
        CaseStudyTexts texts = page.texts;
        Section section = new Section(new H2(texts.t("casestudies.ui.review.reviewers")));
        section.setId("cs-reviewers");
        section.add(new Paragraph(texts.t("casestudies.ui.review.reviewers.intro")));
        List<Reviewer> named = d.reviewers() == null ? List.of() : d.reviewers();
        if (!named.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (Reviewer r : named) {
                ListItem item = new ListItem(new Span(r.name()));
                if (p.canNameReviewers()) {
                    Button remove = new Button(texts.t("casestudies.ui.review.reviewer.remove"), e -> {
                        try {
                            page.service.removeReviewer(d.id(), r.personId());
                            page.reload();
                        } catch (CaseStudyException ex) {
                            page.error(ex);
                        }
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    remove.setAriaLabel(texts.t("casestudies.ui.review.reviewer.remove.person", r.name()));
                    item.add(new Span(" "), remove);
                }
                list.add(item);
            }
            section.add(list);
        }
        if (p.canNameReviewers()) {
            reviewer.setId("cs-reviewer-person");
            reviewer.setLabel(texts.t("casestudies.ui.review.reviewer.person"));
            reviewer.setHelperText(texts.t("casestudies.ui.review.reviewer.person.help"));
            reviewer.setItemLabelGenerator(i -> i.institution() == null ? i.displayName()
                    : i.displayName() + " (" + i.institution() + ")");
            reviewer.setItems(query -> {
                String filter = query.getFilter().orElse("").strip();
                int offset = query.getOffset();
                int limit = query.getLimit();
                if (filter.length() < 2 || offset > 0) {
                    return Stream.empty();
                }
                try {
                    return page.finder.search(FinderQuery.of(filter).withPage(0, Math.min(limit, 20)),
                            page.viewers.current()).items().stream();
                } catch (SearchIndexException e) {
                    return Stream.empty();
                }
            });
            reviewer.setWidth("24rem");
            Button name = new Button(texts.t("casestudies.ui.review.reviewer.name"), e -> nameReviewer(d));
            name.setId("cs-name-reviewer");
            HorizontalLayout row = new HorizontalLayout(reviewer, name);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            section.add(new H3(texts.t("casestudies.ui.review.reviewer.add")), row);
        }
        return section;
    }

    private void nameReviewer(CaseStudyDetails d) {
        reviewer.setInvalid(false);
        if (reviewer.getValue() == null) {
            reviewer.setErrorMessage(page.texts.t("casestudies.ui.review.reviewer.required"));
            reviewer.setInvalid(true);
            return;
        }
        try {
            page.service.nameReviewer(d.id(), reviewer.getValue().id());
            Parts.done(page.texts.t("casestudies.ui.review.reviewer.named", reviewer.getValue().displayName()));
            page.reload();
        } catch (CaseStudyException e) {
            reviewer.setErrorMessage(page.texts.error(e));
            reviewer.setInvalid(true);
        }
    }

    private Component reviews(List<Review> reviews) {
        CaseStudyTexts texts = page.texts;
        Section section = new Section(new H2(texts.t("casestudies.ui.review.history")));
        section.setId("cs-reviews");
        if (reviews == null || reviews.isEmpty()) {
            section.add(new Paragraph(texts.t("casestudies.ui.review.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("ts-cs-reviews");
        for (Review r : reviews) {
            ListItem item = new ListItem();
            item.addClassName("ts-cs-review-entry");
            Paragraph who = new Paragraph();
            who.add(new Span(texts.t("casestudies.ui.review.entry", CaseStudyTexts.nz(r.reviewerName()),
                    String.valueOf(r.revision())) + " "));
            who.add(Parts.badge(texts.decision(r.decision()), switch (r.decision()) {
                case APPROVED, CONFIRMED_CURRENT -> "success";
                case CHANGES_REQUESTED -> "contrast";
            }, switch (r.decision()) {
                case APPROVED, CONFIRMED_CURRENT -> VaadinIcon.CHECK;
                case CHANGES_REQUESTED -> VaadinIcon.REPLY;
            }));
            Span when = new Span(" ");
            when.getElement().appendChild(Parts.time(texts.dateTime(r.createdAt()), r.createdAt()));
            who.add(when);
            item.add(who);
            if (r.commentHtml() != null && !r.commentHtml().isBlank()) {
                item.add(Parts.html(r.commentHtml(), "ts-cs-body"));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
