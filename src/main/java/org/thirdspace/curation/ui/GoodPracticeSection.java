package org.thirdspace.curation.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyPageSection;
import org.thirdspace.curation.CurationException;
import org.thirdspace.curation.CurationReview;
import org.thirdspace.curation.CurationReviewInput;
import org.thirdspace.curation.CurationReviews;
import org.thirdspace.curation.EvidenceStrength;
import org.thirdspace.curation.GoodPracticeState;

/** Adds the good-practice badge, its reviewers and (for reviewers) the review form to the case-study page. */
@org.springframework.stereotype.Component
class GoodPracticeSection implements CaseStudyPageSection {

    private final CurationReviews reviews;

    GoodPracticeSection(CurationReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public Component section(CaseStudyDetails caseStudy) {
        if (!caseStudy.published()) {
            return null;
        }
        boolean canReview = reviews.canReview(caseStudy.id());
        GoodPracticeState state = reviews.stateOf(caseStudy.id());
        if (state.reviews().isEmpty() && !canReview) {
            return null;
        }
        return new Panel(caseStudy.id(), state, canReview);
    }

    private final class Panel extends Div {

        Panel(long caseStudyId, GoodPracticeState state, boolean canReview) {
            addClassName("ts-good-practice");
            getElement().setAttribute("role", "region");
            getElement().setAttribute("aria-label", getTranslation("curation.review.heading"));
            if (state.badge()) {
                Span badge = new Span(getTranslation("curation.review.badge"));
                badge.setId("good-practice-badge");
                badge.getElement().getThemeList().add("badge success");
                add(badge, new Paragraph(getTranslation("curation.review.badge-explained", state.goodPracticeReviews())));
            } else if (!state.reviews().isEmpty()) {
                add(new Paragraph(getTranslation("curation.review.pending", state.goodPracticeReviews(),
                        state.requiredReviewers())));
            }
            if (!state.reviews().isEmpty()) {
                Div list = new Div();
                for (CurationReview r : state.reviews()) {
                    list.add(review(r));
                }
                Details details = new Details(getTranslation("curation.review.heading"), list);
                add(details);
            }
            if (canReview) {
                add(form(caseStudyId));
            }
        }

        private Component review(CurationReview r) {
            Div div = new Div();
            div.add(new Paragraph(getTranslation("curation.review.by", r.reviewerName(),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(r.reviewedAt().atOffset(ZoneOffset.UTC)), r.revision())));
            div.add(new Paragraph(getTranslation("curation.review.evidence",
                    getTranslation("curation.evidence." + r.evidence().name()))));
            div.add(new UnorderedList(
                    new ListItem(getTranslation("curation.review.score", getTranslation("curation.review.usefulness"),
                            r.usefulness(), r.usefulnessJustification())),
                    new ListItem(getTranslation("curation.review.score", getTranslation("curation.review.contribution"),
                            r.contribution(), r.contributionJustification())),
                    new ListItem(getTranslation("curation.review.score", getTranslation("curation.review.rigour"),
                            r.rigour(), r.rigourJustification()))));
            return div;
        }

        private Component form(long caseStudyId) {
            Select<EvidenceStrength> evidence = new Select<>();
            evidence.setLabel(getTranslation("curation.review.evidence", "").replace(": ", ""));
            evidence.setItems(EvidenceStrength.values());
            evidence.setItemLabelGenerator(e -> getTranslation("curation.evidence." + e.name()));
            Select<Integer> usefulness = score("curation.review.usefulness");
            Select<Integer> contribution = score("curation.review.contribution");
            Select<Integer> rigour = score("curation.review.rigour");
            TextArea u = justification("curation.review.usefulness");
            TextArea c = justification("curation.review.contribution");
            TextArea g = justification("curation.review.rigour");
            Button save = new Button(getTranslation("curation.review.record"), e -> {
                try {
                    reviews.review(caseStudyId, new CurationReviewInput(evidence.getValue(), usefulness.getValue(),
                            u.getValue(), contribution.getValue(), c.getValue(), rigour.getValue(), g.getValue()));
                    Notification.show(getTranslation("curation.review.saved"));
                    getUI().ifPresent(ui -> ui.getPage().reload());
                } catch (CurationException ex) {
                    Notification.show(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            return new Details(getTranslation("curation.review.record"),
                    new Div(evidence, usefulness, u, contribution, c, rigour, g, save));
        }

        private Select<Integer> score(String key) {
            Select<Integer> select = new Select<>();
            select.setLabel(getTranslation(key));
            select.setItems(1, 2, 3, 4);
            return select;
        }

        private TextArea justification(String key) {
            TextArea area = new TextArea(getTranslation("curation.review.justification", getTranslation(key)));
            area.setMaxLength(CurationReviews.MAX_JUSTIFICATION);
            area.setWidthFull();
            return area;
        }
    }
}
