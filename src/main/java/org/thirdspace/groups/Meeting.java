package org.thirdspace.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An entry of the meetings and events log. */
public record Meeting(
        long id,
        long groupId,
        LocalDate heldOn,
        String title,
        String notesMarkdown,
        String notesHtml,
        List<Attendee> attendees,
        String recordedByName,
        Instant recordedAt) {

    public record Attendee(long personId, String displayName) {
    }
}
