package org.thirdspace.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thirdspace.casestudies.CaseStudyAttachments;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.ForumFixtures;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.testsupport.IntegrationTest;

/** Trust limits in case studies, and contributions (accepted answers, published case studies) counted once. */
@IntegrationTest
class TrustContributionsTest {

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudyAttachments attachments;
    @Autowired
    ForumService forum;
    @Autowired
    TrustService trust;
    @Autowired
    TrustProperties properties;
    @Autowired
    PeopleService people;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    JdbcTemplate jdbc;

    private TrustProperties.Limits testNew;
    private TrustLevel testAttachments;

    @BeforeEach
    void defaultLimits() {
        testNew = properties.getNewMembers();
        testAttachments = properties.getAttachmentsLevel();
        TrustProperties defaults = new TrustProperties();
        properties.setNewMembers(defaults.getNewMembers());
        properties.setAttachmentsLevel(defaults.getAttachmentsLevel());
    }

    @AfterEach
    void testLimits() {
        properties.setNewMembers(testNew);
        properties.setAttachmentsLevel(testAttachments);
    }

    private int count(String sql, long id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }

    @Test
    void newMembersMayNotAttachFilesOrPostManyLinksInCommentsAndPublishedCaseStudiesCountOnce() {
        Someone author = ProfileFixtures.person(accounts, people, "Attaching Newcomer");
        Someone mod = ProfileFixtures.person(accounts, people, "Attaching Moderator", Role.MODERATOR);
        CaseStudyDetails study = CaseStudyFixtures.published(caseStudies, author, mod,
                CaseStudyFixtures.draft("Trust attachments study", "trustattach"));

        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> attachments.upload(study.id(), "notes.txt",
                new ByteArrayInputStream("Minutes".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(PostingLimitExceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo("attachments");
                    assertThat(e.messageKey()).isEqualTo("trust.limit.attachments");
                });
        assertThat(count("select count(*) from case_study_attachment where case_study_id = ?", study.id())).isZero();

        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> caseStudies.addComment(study.id(),
                "See https://a.example/1, https://a.example/2 and [three](https://a.example/3).")))
                .isInstanceOfSatisfying(PostingLimitExceeded.class, e -> assertThat(e.found()).isEqualTo(3));
        assertThat(count("select count(*) from case_study_comment where case_study_id = ?", study.id())).isZero();
        as(author.email(), "MEMBER", () -> caseStudies.addComment(study.id(), "Only https://a.example/1 here."));
        assertThat(count("select count(*) from case_study_comment where case_study_id = ?", study.id())).isEqualTo(1);

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> progress(author).activity().caseStudiesPublished() == 1);

        // a moderator's lock at MEMBER unlocks attachments (the upload then fails only on the file itself)
        as(mod.email(), "MODERATOR", () -> trust.lock(author.accountId(), TrustLevel.MEMBER, "Trusted partner"));
        assertThatThrownBy(() -> as(author.email(), "MEMBER", () -> attachments.upload(study.id(), "notes.txt",
                new ByteArrayInputStream(new byte[0]))))
                .isNotInstanceOf(PostingLimitExceeded.class);
    }

    @Test
    void anAcceptedAnswerCountsForTheAnswererButNotForAnsweringOnesOwnQuestion() {
        Someone mod = ProfileFixtures.person(accounts, people, "Answers Moderator", Role.MODERATOR);
        Someone asker = ProfileFixtures.person(accounts, people, "Answers Asker");
        Someone answerer = ProfileFixtures.person(accounts, people, "Answers Answerer");
        Category category = ForumFixtures.category(forum, mod, "Answers trust");
        TopicDetails question = ForumFixtures.topic(forum, asker, ForumKey.category(category.id()),
                TopicKind.QUESTION, "How do we start a partnership?", "Any advice?");
        Post own = ForumFixtures.reply(forum, asker, question.id(), "Answering myself.");
        Post answer = ForumFixtures.reply(forum, answerer, question.id(), "Start with one shared project.");
        as(asker.email(), "MEMBER", () -> forum.accept(question.id(), own.id()));
        as(asker.email(), "MEMBER", () -> forum.accept(question.id(), answer.id()));

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> progress(answerer).activity().answersAccepted() == 1);
        assertThat(progress(answerer).activity().posts()).isEqualTo(1);
        assertThat(progress(asker).activity().answersAccepted()).isZero();
        assertThat(progress(asker).activity().posts()).isEqualTo(2);
    }

    private TrustProgress progress(Someone who) {
        return as(who.email(), "MEMBER", () -> trust.myProgress());
    }
}
