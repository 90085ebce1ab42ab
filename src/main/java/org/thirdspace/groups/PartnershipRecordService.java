package org.thirdspace.groups;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The partnership record (stage with closure reason, model level, self-reviews over time and the
 * yearly review reminder) and the meetings and events log.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PartnershipRecordService {

    /** The record of a group (members only). */
    public PartnershipRecord record(long groupId) {
        throw new UnsupportedOperationException("record: record");
    }

    /** Facilitators move the group to a stage; CLOSED needs a reason (at most 1,000 characters). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GroupDetails changeStage(long groupId, Stage stage, String reason) {
        throw new UnsupportedOperationException("record: changeStage");
    }

    /** Facilitators set the partnership model level (null clears it). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public GroupDetails changeModelLevel(long groupId, ModelLevel level) {
        throw new UnsupportedOperationException("record: changeModelLevel");
    }

    /** Facilitators record a self-review: all ten components scored 1 to 4, each exactly once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SelfReview addReview(long groupId, @Valid NewSelfReview review) {
        throw new UnsupportedOperationException("record: addReview");
    }

    /**
     * An SVG chart (server-rendered) comparing the latest self-review with earlier ones per
     * component, labelled in the given locale, with a title and description for screen readers.
     * Empty string when the group has no review. Members only.
     */
    public String reviewChartSvg(long groupId, Locale locale) {
        throw new UnsupportedOperationException("record: reviewChartSvg");
    }

    /** The meetings and events log, newest first (members only). */
    public List<Meeting> meetings(long groupId) {
        throw new UnsupportedOperationException("record: meetings");
    }

    /** Current members log a meeting or event. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting addMeeting(long groupId, @Valid NewMeeting meeting) {
        throw new UnsupportedOperationException("record: addMeeting");
    }
}
