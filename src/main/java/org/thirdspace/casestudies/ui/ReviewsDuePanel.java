package org.thirdspace.casestudies.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.QueueEntry;
import org.thirdspace.shell.HomePanel;

/**
 * Home: case studies waiting for review and those past their review date - for moderators always,
 * for named reviewers when something is theirs.
 */
@org.springframework.stereotype.Component
class ReviewsDuePanel implements HomePanel {

    static final int SHOWN = 5;

    private final CaseStudyService caseStudies;
    private final AuthenticationContext authentication;

    ReviewsDuePanel(CaseStudyService caseStudies, AuthenticationContext authentication) {
        this.caseStudies = caseStudies;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public Optional<Component> homePanel() {
        if (!authentication.isAuthenticated()) {
            return Optional.empty();
        }
        boolean moderator = authentication.hasAnyRole("MODERATOR", "ADMIN");
        List<QueueEntry> queue = caseStudies.reviewQueue();
        if (queue.isEmpty() && !moderator) {
            return Optional.empty();
        }
        long inReview = queue.stream().filter(e -> e.reason() == QueueEntry.Reason.IN_REVIEW).count();
        long due = queue.size() - inReview;
        Section section = new Section();
        section.setId("home-reviews-due");
        section.addClassName("ts-home-panel");
        section.add(new H2(t("casestudies.home.heading")));
        section.add(new Paragraph(t("casestudies.home.counts", inReview, due)));
        if (!queue.isEmpty()) {
            UnorderedList list = new UnorderedList();
            queue.stream().limit(SHOWN).forEach(e -> list.add(new ListItem(new Anchor(
                    "case-studies/" + e.caseStudy().id(), t("casestudies.home.item." + e.reason().name(),
                            e.caseStudy().title())))));
            section.add(list);
        }
        section.add(new Anchor("case-studies/review-queue", t("casestudies.home.open")));
        return Optional.of(section);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
