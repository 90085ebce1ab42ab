package org.thirdspace.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.shared.RuleViolation.Kind;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.testsupport.IntegrationTest;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@IntegrationTest
class PartnershipRecordServiceTest {

    @Autowired
    PartnershipRecordService records;
    @Autowired
    GroupService groups;
    @Autowired
    SeatService seats;
    @Autowired
    HandoverService handovers;
    @Autowired
    FacilitatorDashboard dashboard;
    @Autowired
    PeopleService people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    Vocabularies vocabularies;
    @Autowired
    Clock clock;

    private static NewSelfReview review(LocalDate on, int... scores) {
        List<NewSelfReview.Score> list = new ArrayList<>();
        CoreComponent[] components = CoreComponent.values();
        for (int i = 0; i < components.length; i++) {
            list.add(new NewSelfReview.Score(components[i], scores[i], i == 0 ? "Shared aims written down" : null));
        }
        return new NewSelfReview(on, true, "Aims still hold", list);
    }

    private static void expectInvalid(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(GroupException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void reviewsAreValidatedKeptAndCharted() throws Exception {
        var p = GroupFixtures.partners(accounts, people, institutions, "Review");
        long groupId = as(p.tutor().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Review partnership", GroupVisibility.PRIVATE, p, p.university().id()))).id();
        LocalDate today = LocalDate.now(clock);
        String tutor = p.tutor().email();

        // every component exactly once, scores 1 to 4, not in the future
        var duplicate = new ArrayList<>(review(today, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2).scores());
        duplicate.set(9, new NewSelfReview.Score(CoreComponent.VISION, 3, null));
        expectInvalid(() -> as(tutor, "MEMBER", () -> records.addReview(groupId,
                new NewSelfReview(today, false, null, duplicate))), "scores", "groups.record.error.components");
        expectInvalid(() -> as(tutor, "MEMBER", () -> records.addReview(groupId,
                review(today.plusDays(1), 1, 2, 3, 4, 1, 2, 3, 4, 1, 2))), "reviewedOn",
                "groups.record.error.review-in-future");
        assertThatThrownBy(() -> as(tutor, "MEMBER", () -> records.addReview(groupId,
                review(today, 5, 2, 3, 4, 1, 2, 3, 4, 1, 2))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> as(tutor, "MEMBER", () -> records.addReview(groupId,
                new NewSelfReview(today, false, null, duplicate.subList(0, 9)))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        as(tutor, "MEMBER", () -> assertThat(records.reviewChartSvg(groupId, Locale.ENGLISH)).isEmpty());

        // five reviews over the years; the chart compares the latest with the three before it
        as(tutor, "MEMBER", () -> {
            records.addReview(groupId, review(today.minusYears(4), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
            records.addReview(groupId, review(today.minusYears(3), 1, 2, 1, 2, 1, 2, 1, 2, 1, 2));
            records.addReview(groupId, review(today.minusYears(2), 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
            records.addReview(groupId, review(today.minusYears(1), 3, 2, 3, 2, 3, 2, 3, 2, 3, 2));
            SelfReview latest = records.addReview(groupId, review(null, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3));
            assertThat(latest.reviewedOn()).isEqualTo(today);
            assertThat(latest.scores()).hasSize(10);
            assertThat(latest.average()).isEqualTo(3.5);
        });

        PartnershipRecord record = as(tutor, "MEMBER", () -> records.record(groupId));
        assertThat(record.reviews()).hasSize(5);
        assertThat(record.reviews().getFirst().reviewedOn()).isEqualTo(today);
        assertThat(record.reviews().getFirst().scores().getFirst().notes()).isEqualTo("Shared aims written down");
        assertThat(record.reviewDueOn()).isEqualTo(today.plusYears(1));
        assertThat(record.reviewDue()).isFalse();

        String svg = as(tutor, "MEMBER", () -> records.reviewChartSvg(groupId, Locale.ENGLISH));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        String titleId = root.getAttribute("aria-labelledby").split(" ")[0];
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo(titleId);
        assertThat(title.getTextContent()).isEqualTo("Self-review by core component");
        String desc = root.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertThat(desc).contains("3 earlier reviews");
        String drawnText = textOf(root);
        for (CoreComponent c : CoreComponent.values()) {
            String label = vocabularies.label(Vocabulary.CORE_COMPONENT, c.code(), Locale.ENGLISH);
            assertThat(label).isNotEqualTo(c.code());
            assertThat(desc).contains(label + ": ");
            // long labels may wrap onto two lines of the axis
            assertThat(drawnText).contains(label.split(" ")[0]);
        }
        assertThat(desc).contains(vocabularies.label(Vocabulary.CORE_COMPONENT, "vision", Locale.ENGLISH)
                + ": 4 (earlier 1, 2, 3)");
        assertThat(drawnText).contains("(latest)");
        // the oldest review is not drawn
        assertThat(drawnText).doesNotContain(String.valueOf(today.minusYears(4).getYear()));

        // the timeline knows about every review
        as(tutor, "MEMBER", () -> assertThat(groups.history(groupId, Set.of(HistoryType.REVIEW_RECORDED), 0, 10))
                .hasSize(5));
    }

    @Test
    void stageModelLevelAndMeetingsAreRecorded() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Stage");
        long groupId = as(p.tutor().email(), "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Stage partnership", GroupVisibility.PUBLIC, p, p.university().id()))).id();
        Someone member = GroupFixtures.person(accounts, people, "Stage Member", p.school());
        var request = as(member.email(), "MEMBER", () -> groups.requestToJoin(groupId, "Hello", p.school().id()));
        as(p.tutor().email(), "MEMBER", () -> groups.approve(request.id()));
        String tutor = p.tutor().email();

        // members cannot change the record; facilitators can
        assertThatThrownBy(() -> as(member.email(), "MEMBER", () -> records.changeStage(groupId, Stage.DEVELOPING,
                null))).isInstanceOfSatisfying(GroupException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
        var developing = as(tutor, "MEMBER", () -> records.changeStage(groupId, Stage.DEVELOPING, "ignored"));
        assertThat(developing.stage()).isEqualTo(Stage.DEVELOPING);
        assertThat(developing.closureReason()).isNull();
        var level = as(tutor, "MEMBER", () -> records.changeModelLevel(groupId, ModelLevel.COLLABORATIVE));
        assertThat(level.modelLevel()).isEqualTo(ModelLevel.COLLABORATIVE);

        // meetings: attendees must be people; members log them
        expectInvalid(() -> as(member.email(), "MEMBER", () -> records.addMeeting(groupId, new NewMeeting(
                LocalDate.now(clock), "Kick-off", null, Set.of(99_999_999L)))), "attendeePersonIds",
                "groups.error.unknown-person");
        Meeting meeting = as(member.email(), "MEMBER", () -> records.addMeeting(groupId, new NewMeeting(
                LocalDate.now(clock).minusDays(2), "Kick-off", "Agreed the *placement* calendar",
                Set.of(member.personId(), p.tutor().personId()))));
        assertThat(meeting.notesHtml()).contains("<em>placement</em>");
        assertThat(meeting.attendees()).extracting(Meeting.Attendee::personId)
                .containsExactlyInAnyOrder(member.personId(), p.tutor().personId());
        as(tutor, "MEMBER", () -> assertThat(records.meetings(groupId)).extracting(Meeting::title)
                .containsExactly("Kick-off"));
        Someone outsider = ProfileFixtures.person(accounts, people, "Stage Outsider");
        assertThatThrownBy(() -> as(outsider.email(), "MEMBER", () -> records.meetings(groupId)))
                .isInstanceOfSatisfying(GroupException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));

        // closing needs a reason of at most 1,000 characters
        expectInvalid(() -> as(tutor, "MEMBER", () -> records.changeStage(groupId, Stage.CLOSED, " ")), "reason",
                "groups.record.error.closure-reason");
        expectInvalid(() -> as(tutor, "MEMBER", () -> records.changeStage(groupId, Stage.CLOSED, "x".repeat(1001))),
                "reason", "groups.record.error.closure-reason");
        var closed = as(tutor, "MEMBER", () -> records.changeStage(groupId, Stage.CLOSED, "Funding ended"));
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.closureReason()).isEqualTo("Funding ended");
        as(tutor, "MEMBER", () -> {
            assertThat(groups.history(groupId, Set.of(HistoryType.STAGE_CHANGED, HistoryType.MODEL_LEVEL_CHANGED,
                    HistoryType.MEETING_RECORDED), 0, 10)).extracting(HistoryEntry::type)
                    .containsExactly(HistoryType.STAGE_CHANGED, HistoryType.MEETING_RECORDED,
                            HistoryType.MODEL_LEVEL_CHANGED, HistoryType.STAGE_CHANGED);
            // a closed group gets no new seats
            assertThatThrownBy(() -> seats.createSeat(groupId, new NewSeat(p.school().id(), "Late", null, null)))
                    .isInstanceOfSatisfying(GroupException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("groups.error.closed"));
        });
    }

    @Test
    void theDashboardListsWhatNeedsAttention() {
        var p = GroupFixtures.partners(accounts, people, institutions, "Dash");
        String tutor = p.tutor().email();
        long calm = as(tutor, "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Dash calm", GroupVisibility.PRIVATE, p, p.university().id()))).id();
        long busy = as(tutor, "MEMBER", () -> groups.create(
                GroupFixtures.partnership("Dash busy", GroupVisibility.PUBLIC, p, p.university().id()))).id();
        Someone asker = ProfileFixtures.person(accounts, people, "Dash Asker");
        as(asker.email(), "MEMBER", () -> groups.requestToJoin(busy, "May I join?", null));
        Handover handover = as(tutor, "MEMBER", () -> {
            Seat seat = seats.createSeat(busy, new NewSeat(p.school().id(), "Link teacher", null, null));
            seats.createSeat(busy, new NewSeat(p.school().id(), "ITE coordinator", null, null));
            seats.assign(busy, seat.id(), new NewAssignment(p.teacher().personId(), SeatAssignment.Kind.HOLDER, null));
            return handovers.start(busy, seat.id());
        });

        List<DashboardEntry> entries = as(tutor, "MEMBER", () -> dashboard.myGroups());
        assertThat(entries).extracting(e -> e.group().id()).containsExactly(busy, calm);
        DashboardEntry first = entries.getFirst();
        assertThat(first.pendingJoinRequests()).isEqualTo(1);
        assertThat(first.openHandovers()).extracting(Handover::id).containsExactly(handover.id());
        assertThat(first.warnings()).extracting(Warning::kind).contains(Warning.Kind.VACANT_SEAT);
        assertThat(first.reviewDue()).isFalse();
        assertThat(entries.get(1).warnings()).extracting(Warning::kind)
                .containsExactly(Warning.Kind.SINGLE_PERSON_SIDE);
        // the teacher facilitates nothing
        assertThat(as(p.teacher().email(), "MEMBER", () -> dashboard.myGroups())).isEmpty();
    }

    private static String textOf(Element root) {
        var texts = root.getElementsByTagNameNS("*", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }
}
