package org.thirdspace.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.people.ProfileFixtures.person;
import static org.thirdspace.security.TestAccounts.as;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.Comment;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.moderation.ModerationException;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.shared.RuleViolation;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The case-study content targets as the moderation service uses them: a moderator's edit of a
 * comment replaces its text and answers the text before; bad text and removed comments come back
 * as moderation problems; case studies are not editable; unknown ids are absent from the queue.
 */
@IntegrationTest
class CaseStudyTargetsTest {

    @Autowired
    List<ContentTarget> targets;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;

    private ContentTarget target(String type) {
        return targets.stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void aModeratorEditsACommentThroughItsTarget() {
        Someone mod = person(accounts, people, "Austol Moderator", Role.MODERATOR);
        Someone author = person(accounts, people, "Nonna Author");
        Someone commenter = person(accounts, people, "Petrok Commenter");
        String word = GroupSearchFixtures.token();
        CaseStudyDetails cs = CaseStudyFixtures.published(caseStudies, author, mod,
                CaseStudyFixtures.draft("Choir partnership " + word, word));
        Comment comment = as(commenter.email(), "MEMBER",
                () -> caseStudies.addComment(cs.id(), "Email me at someone@example.org about " + word));
        ContentTarget comments = target("case-study-comment");
        String id = Long.toString(comment.id());

        String before = as(mod.email(), "MODERATOR", () -> comments.edit(id, "Ask me about " + word + " here."));
        assertThat(before).isEqualTo("Email me at someone@example.org about " + word);
        TargetInfo info = as(mod.email(), "MODERATOR", () -> comments.forQueue(List.of(id)).get(id));
        assertThat(info.excerpt()).isEqualTo("Ask me about " + word + " here.");
        assertThat(info.where()).isEqualTo("Choir partnership " + word);
        assertThat(info.authorPersonId()).isEqualTo(commenter.personId());

        assertThatThrownBy(() -> as(mod.email(), "MODERATOR", () -> comments.edit(id, "")))
                .isInstanceOfSatisfying(ModerationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleViolation.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.messageKey()).isEqualTo("casestudies.error.comment-empty");
                });
        assertThatThrownBy(() -> as(mod.email(), "MODERATOR", () -> comments.edit("987654321987", "Text")))
                .isInstanceOfSatisfying(ModerationException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        as(commenter.email(), "MEMBER", () -> caseStudies.deleteComment(cs.id(), comment.id()));
        assertThatThrownBy(() -> as(mod.email(), "MODERATOR", () -> comments.edit(id, "Text")))
                .isInstanceOfSatisfying(ModerationException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));
        assertThat(as(mod.email(), "MODERATOR", () -> comments.forQueue(List.of(id)).get(id).removed())).isTrue();

        ContentTarget studies = target("case-study");
        String csId = Long.toString(cs.id());
        assertThatThrownBy(() -> as(mod.email(), "MODERATOR", () -> studies.edit(csId, "New text")))
                .isInstanceOfSatisfying(ModerationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("moderation.error.edit-unsupported"));
        assertThat(studies.forQueue(List.of(csId, "987654321987", "x"))).containsOnlyKeys(csId);
    }
}
