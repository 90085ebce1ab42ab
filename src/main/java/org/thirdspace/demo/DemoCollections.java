package org.thirdspace.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thirdspace.curation.CollectionDetails;
import org.thirdspace.curation.CollectionDraft;
import org.thirdspace.curation.CurationException;
import org.thirdspace.curation.CurationReviewInput;
import org.thirdspace.curation.CurationReviews;
import org.thirdspace.curation.CurationService;
import org.thirdspace.curation.EvidenceStrength;
import org.thirdspace.curation.NewCollectionItem;

/**
 * Demo curation: moderator@ publishes a good-practice collection of a few published case studies
 * and a public forum topic plus an external resource, and two moderators review the first case
 * study in it, so it carries the good-practice badge. Member@ follows the collection.
 */
@Component
class DemoCollections {

    private static final Logger log = LoggerFactory.getLogger(DemoCollections.class);

    private final CurationService curation;
    private final CurationReviews reviews;

    DemoCollections(CurationService curation, CurationReviews reviews) {
        this.curation = curation;
        this.reviews = reviews;
    }

    /** Returns the collection's id, or null when there was nothing to collect. */
    Long generate(List<DemoDataGenerator.DemoPerson> persons, List<Long> caseStudyIds, List<Long> topicIds) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            act(DemoCaseStudies.MODERATOR, "ROLE_MODERATOR");
            CollectionDetails c = curation.create(new CollectionDraft("Partnerships that widen participation",
                    "Case studies and discussions on bringing under-represented pupils into university life.",
                    "These partnerships were chosen for **clear aims**, honest evaluation and lessons others can use."));
            Long badged = null;
            int added = 0;
            for (Long id : caseStudyIds) {
                if (added == 4) {
                    break;
                }
                try {
                    curation.addItem(c.id(), NewCollectionItem.caseStudy(id,
                            "Read the *lessons* section: it is practical and candid."));
                    badged = badged == null ? id : badged;
                    added++;
                } catch (CurationException e) {
                    // not published or in a private group: not for a public collection
                }
            }
            for (Long id : topicIds) {
                try {
                    curation.addItem(c.id(), NewCollectionItem.topic(id, "A discussion worth following."));
                    break;
                } catch (CurationException e) {
                    // a group-forum topic: refused, try the next
                }
            }
            curation.addItem(c.id(), NewCollectionItem.external("https://www.gov.uk/government/collections/widening-participation-in-higher-education",
                    "Widening participation in higher education (GOV.UK)", "National statistics for context."));
            curation.publish(c.id());
            if (badged != null) {
                long badgedId = badged;
                List<String> reviewers = persons.stream().filter(DemoDataGenerator.DemoPerson::moderator)
                        .map(DemoDataGenerator.DemoPerson::email).distinct().limit(4).toList();
                int reviewed = 0;
                for (String email : reviewers) {
                    if (reviewed == 2) {
                        break;
                    }
                    act(email, "ROLE_MODERATOR");
                    if (reviews.canReview(badgedId)) {
                        reviews.review(badgedId, new CurationReviewInput(EvidenceStrength.MEDIUM, 4,
                                "Easy to adapt for other schools.", 3, "Adds evidence from a rural area.", 3,
                                "Before-and-after survey with a comparison group."));
                        reviewed++;
                    }
                }
            }
            act(DemoCaseStudies.MEMBER, "ROLE_MEMBER");
            curation.follow(c.id());
            return c.id();
        } catch (RuntimeException e) {
            log.warn("Demo curation skipped: {}", e.getMessage());
            return null;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static void act(String email, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email,
                null, AuthorityUtils.createAuthorityList(role)));
    }
}
