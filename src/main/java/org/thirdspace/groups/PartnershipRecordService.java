package org.thirdspace.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.thirdspace.groups.internal.Group;
import org.thirdspace.groups.internal.GroupAccess;
import org.thirdspace.groups.internal.GroupHistoryLog;
import org.thirdspace.groups.internal.GroupMeeting;
import org.thirdspace.groups.internal.GroupMeetingRepository;
import org.thirdspace.groups.internal.GroupRepository;
import org.thirdspace.groups.internal.NameLookup;
import org.thirdspace.groups.internal.Review;
import org.thirdspace.groups.internal.ReviewChart;
import org.thirdspace.groups.internal.ReviewRepository;
import org.thirdspace.groups.internal.ReviewSchedule;
import org.thirdspace.groups.internal.ReviewScore;
import org.thirdspace.institutions.InstitutionService;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.people.PeopleService;

/**
 * The partnership record (stage with closure reason, model level, self-reviews over time and the
 * yearly review reminder) and the meetings and events log.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PartnershipRecordService {

    /** Longest closure reason. */
    public static final int MAX_CLOSURE_REASON = 1000;
    /** The chart compares the latest review with at most this many earlier ones. */
    public static final int EARLIER_REVIEWS_IN_CHART = 3;

    private final GroupAccess access;
    private final GroupRepository groups;
    private final ReviewRepository reviews;
    private final GroupMeetingRepository meetings;
    private final ReviewSchedule schedule;
    private final ReviewChart chart;
    private final GroupHistoryLog history;
    private final GroupService groupService;
    private final PeopleService people;
    private final InstitutionService institutions;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnershipRecordService(GroupAccess access, GroupRepository groups, ReviewRepository reviews,
            GroupMeetingRepository meetings, ReviewSchedule schedule, ReviewChart chart, GroupHistoryLog history,
            GroupService groupService, PeopleService people, InstitutionService institutions,
            MarkdownRenderer markdown, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.groups = groups;
        this.reviews = reviews;
        this.meetings = meetings;
        this.schedule = schedule;
        this.chart = chart;
        this.history = history;
        this.groupService = groupService;
        this.people = people;
        this.institutions = institutions;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /** The record of a group (members only). */
    public PartnershipRecord record(long groupId) {
        access.requireMember(groupId);
        Group group = groups.findById(groupId).orElseThrow();
        var names = new NameLookup(people, institutions);
        List<SelfReview> list = reviews.findByGroup(groupId).stream()
                .map(r -> r.toRecord(names.name(r.recordedByPersonId())))
                .toList();
        return new PartnershipRecord(groupId, group.stage(), group.stageChangedOn(), group.closureReason(),
                group.modelLevel(), list, schedule.dueOn(group), schedule.due(group));
    }

    /** Facilitators move the group to a stage; CLOSED needs a reason (at most 1,000 characters). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GroupDetails changeStage(long groupId, Stage stage, String reason) {
        long me = access.requireManager(groupId);
        if (stage == null) {
            throw GroupException.invalid("stage", "groups.record.error.stage");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (stage == Stage.CLOSED && (why == null || why.length() > MAX_CLOSURE_REASON)) {
            throw GroupException.invalid("reason", "groups.record.error.closure-reason", MAX_CLOSURE_REASON);
        }
        Group group = groups.findForUpdate(groupId).orElseThrow();
        if (group.changeStage(stage, why, LocalDate.now(clock))) {
            group.touch(clock.instant());
            history.record(groupId, HistoryType.STAGE_CHANGED, me, null, null, null, null,
                    stage == Stage.CLOSED ? stage.name() + ": " + why : stage.name());
            events.publishEvent(new GroupChanged(groupId));
        }
        return groupService.require(groupId);
    }

    /** Facilitators set the partnership model level (null clears it). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GroupDetails changeModelLevel(long groupId, ModelLevel level) {
        long me = access.requireManager(groupId);
        Group group = groups.findForUpdate(groupId).orElseThrow();
        if (group.changeModelLevel(level)) {
            group.touch(clock.instant());
            history.record(groupId, HistoryType.MODEL_LEVEL_CHANGED, me, null, null, null, null,
                    level == null ? null : level.name());
            events.publishEvent(new GroupChanged(groupId));
        }
        return groupService.require(groupId);
    }

    /** Facilitators record a self-review: all ten components scored 1 to 4, each exactly once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SelfReview addReview(long groupId, @Valid NewSelfReview review) {
        long me = access.requireManager(groupId);
        LocalDate today = LocalDate.now(clock);
        LocalDate reviewedOn = review.reviewedOn() == null ? today : review.reviewedOn();
        if (reviewedOn.isAfter(today)) {
            throw GroupException.invalid("reviewedOn", "groups.record.error.review-in-future");
        }
        if (review.aimsNote() != null && review.aimsNote().strip().length() > 2000) {
            throw GroupException.invalid("aimsNote", "groups.record.error.too-long", 2000);
        }
        Map<CoreComponent, ReviewScore> scores = new EnumMap<>(CoreComponent.class);
        List<NewSelfReview.Score> given = review.scores() == null ? List.of() : review.scores();
        for (int i = 0; i < given.size(); i++) {
            NewSelfReview.Score s = given.get(i);
            if (s == null || s.component() == null || scores.containsKey(s.component())) {
                throw GroupException.invalid("scores", "groups.record.error.components");
            }
            if (s.score() < 1 || s.score() > 4) {
                throw GroupException.invalid("scores[" + i + "].score", "groups.record.error.score");
            }
            if (s.notes() != null && s.notes().strip().length() > 2000) {
                throw GroupException.invalid("scores[" + i + "].notes", "groups.record.error.too-long", 2000);
            }
            scores.put(s.component(), new ReviewScore(s.score(), s.notes()));
        }
        if (scores.size() != CoreComponent.values().length) {
            throw GroupException.invalid("scores", "groups.record.error.components");
        }
        Review saved = reviews.save(new Review(groupId, reviewedOn, me, clock.instant(), review.aimsReaffirmed(),
                review.aimsNote(), scores));
        history.record(groupId, HistoryType.REVIEW_RECORDED, me, null, null, null, saved.id(), reviewedOn.toString());
        return saved.toRecord(new NameLookup(people, institutions).name(me));
    }

    /**
     * An SVG chart (server-rendered) comparing the latest self-review with earlier ones per
     * component, labelled in the given locale, with a title and description for screen readers.
     * Empty string when the group has no review. Members only.
     */
    public String reviewChartSvg(long groupId, Locale locale) {
        access.requireMember(groupId);
        List<Review> newestFirst = reviews.findByGroup(groupId);
        if (newestFirst.isEmpty()) {
            return "";
        }
        List<Review> compared = new ArrayList<>(
                newestFirst.subList(0, Math.min(newestFirst.size(), EARLIER_REVIEWS_IN_CHART + 1)));
        java.util.Collections.reverse(compared);
        return chart.render(compared, locale == null ? Locale.ENGLISH : locale, "review-chart-" + groupId);
    }

    /** The meetings and events log, newest first (members only). */
    public List<Meeting> meetings(long groupId) {
        access.requireMember(groupId);
        var names = new NameLookup(people, institutions);
        return meetings.findByGroup(groupId).stream().map(m -> toRecord(m, names)).toList();
    }

    /** Current members log a meeting or event. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting addMeeting(long groupId, @Valid NewMeeting meeting) {
        long me = access.requireMember(groupId);
        if (meeting.heldOn() == null) {
            throw GroupException.invalid("heldOn", "groups.record.error.meeting-date");
        }
        if (meeting.title() == null || meeting.title().isBlank() || meeting.title().strip().length() > 200) {
            throw GroupException.invalid("title", "groups.record.error.meeting-title");
        }
        if (meeting.notes() != null && meeting.notes().strip().length() > 8000) {
            throw GroupException.invalid("notes", "groups.record.error.too-long", 8000);
        }
        var names = new NameLookup(people, institutions);
        Set<Long> attendees = new LinkedHashSet<>();
        for (Long personId : meeting.attendeePersonIds()) {
            if (personId == null || names.person(personId).isEmpty()) {
                throw GroupException.invalid("attendeePersonIds", "groups.error.unknown-person");
            }
            attendees.add(personId);
        }
        GroupMeeting saved = meetings.save(new GroupMeeting(groupId, meeting.heldOn(), meeting.title(),
                meeting.notes(), attendees, me, clock.instant()));
        history.record(groupId, HistoryType.MEETING_RECORDED, me, null, null, null, saved.id(), saved.title());
        return toRecord(saved, names);
    }

    private Meeting toRecord(GroupMeeting m, NameLookup names) {
        List<Meeting.Attendee> attendees = m.attendeePersonIds().stream()
                .map(id -> new Meeting.Attendee(id, names.name(id)))
                .sorted(java.util.Comparator.comparing(a -> a.displayName() == null ? "" : a.displayName(),
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Meeting(m.id(), m.groupId(), m.heldOn(), m.title(), m.notesMarkdown(),
                markdown.toHtml(m.notesMarkdown()), attendees, names.name(m.recordedByPersonId()), m.recordedAt());
    }
}
