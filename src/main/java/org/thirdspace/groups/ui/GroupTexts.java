package org.thirdspace.groups.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupRole;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.Handover;
import org.thirdspace.groups.HistoryEntry;
import org.thirdspace.groups.HistoryType;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.groups.Seat;
import org.thirdspace.groups.SeatAssignment;
import org.thirdspace.groups.Stage;
import org.thirdspace.groups.Warning;
import org.thirdspace.shared.Region;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Labels and sentences of the group views in the owner's locale: enum and vocabulary labels,
 * dates, warnings, seat states and the timeline's sentences. Message keys are built from enum
 * names here ({@code groups.kind.<name>} and so on), so every label has one place.
 */
final class GroupTexts {

    /** Timeline types whose detail is shown after the sentence (a reason or a note). */
    private static final Set<HistoryType> DETAIL_AFTER = Set.of(HistoryType.REMOVED, HistoryType.JOIN_DECLINED,
            HistoryType.INVITATION_DECLINED, HistoryType.HANDOVER_DECLINED, HistoryType.SEAT_ASSIGNMENT_ENDED,
            HistoryType.GROUP_UPDATED);

    private final Component owner;
    private final Vocabularies vocabularies;
    private final Clock clock;

    GroupTexts(Component owner, Vocabularies vocabularies, Clock clock) {
        this.owner = owner;
        this.vocabularies = vocabularies;
        this.clock = clock;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ enums and vocabularies

    String kind(GroupKind kind) {
        return kind == null ? "" : t("groups.kind." + lower(kind));
    }

    String role(GroupRole role) {
        return role == null ? "" : t("groups.role." + lower(role));
    }

    String visibility(GroupVisibility visibility) {
        return visibility == null ? "" : t("groups.visibility." + lower(visibility));
    }

    String joinPolicy(JoinPolicy policy) {
        return policy == null ? "" : t("groups.join-policy." + lower(policy));
    }

    String stage(Stage stage) {
        return stage == null ? "" : vocabularies.label(Vocabulary.STAGE, stage.code(), locale());
    }

    String modelLevel(ModelLevel level) {
        return level == null ? t("groups.ui.model-level.none")
                : t("groups.ui.model-level", String.valueOf(level.level()),
                        vocabularies.label(Vocabulary.PARTNERSHIP_MODEL, level.code(), locale()));
    }

    String activity(String code) {
        return vocabularies.label(Vocabulary.ACTIVITY_TYPE, code, locale());
    }

    String phase(String code) {
        return vocabularies.label(Vocabulary.PHASE, code, locale());
    }

    String region(String code) {
        try {
            return t(Region.fromCode(code).messageKey());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    String component(org.thirdspace.groups.CoreComponent component) {
        return vocabularies.label(Vocabulary.CORE_COMPONENT, component.code(), locale());
    }

    String assignmentKind(SeatAssignment.Kind kind) {
        return kind == null ? "" : t("groups.assignment." + lower(kind));
    }

    String endReason(SeatAssignment.EndReason reason) {
        return reason == null ? "" : t("groups.assignment.end." + lower(reason));
    }

    String handoverStatus(Handover.Status status) {
        return status == null ? "" : t("groups.handover.status." + lower(status));
    }

    String historyType(HistoryType type) {
        return t("groups.history." + lower(type));
    }

    String joined(Collection<String> values, java.util.function.Function<String, String> label) {
        return values.stream().map(label).sorted().collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ dates

    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(clock.getZone()).format(instant);
    }

    LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toLocalDate();
    }

    // ------------------------------------------------------------------ sentences

    String warning(Warning w) {
        return t("groups.warning." + lower(w.kind()), nz(w.seatTitle() == null ? w.institutionName() : w.seatTitle()),
                nz(w.institutionName()), nz(w.personName()));
    }

    /** "Vacant — last held by X (now at Y)", or just "Vacant" for a seat never held. */
    String vacancy(Seat seat) {
        Seat.LastHolder last = seat.lastHolder();
        if (last == null) {
            return t("groups.ui.seat.vacant");
        }
        if (last.displayName() == null) {
            return t("groups.ui.seat.vacant-last-held-hidden");
        }
        if (last.nowAt() == null || last.nowAt().isEmpty()) {
            return t("groups.ui.seat.vacant-last-held", last.displayName());
        }
        return t("groups.ui.seat.vacant-last-held-now-at", last.displayName(), String.join(", ", last.nowAt()));
    }

    String errorMessage(GroupException e) {
        return t(e.messageKey(), e.args());
    }

    /** One timeline entry as a sentence: who did what to whom, with seat and institution. */
    String history(HistoryEntry e) {
        String actor = e.actorName() == null ? t("groups.ui.history.system") : e.actorName();
        String subject = e.subjectName() == null ? t("groups.ui.history.someone") : e.subjectName();
        String seat = e.seatTitle() == null ? t("groups.ui.history.a-seat") : e.seatTitle();
        String institution = e.institutionName() == null ? "" : e.institutionName();
        String detail = detail(e.type(), e.detail());
        String key = "groups.ui.history.sentence." + lower(e.type());
        if (e.type() == HistoryType.JOINED && !institution.isEmpty()) {
            key = "groups.ui.history.sentence.joined-for";
        }
        String sentence = "!";
        if (e.type() == HistoryType.ACTIVITY && e.activityKind() != null) {
            sentence = t("groups.ui.history.sentence.activity." + e.activityKind(), actor, subject, seat, institution,
                    detail);
        }
        if (sentence.startsWith("!")) {
            sentence = t(key, actor, subject, seat, institution, detail);
        }
        if (sentence.startsWith("!")) {
            sentence = historyType(e.type());
        }
        if (DETAIL_AFTER.contains(e.type()) && !detail.isBlank()) {
            sentence = t("groups.ui.history.with-detail", sentence, detail);
        }
        return sentence;
    }

    private String detail(HistoryType type, String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        String d = detail.strip();
        try {
            return switch (type) {
                case ROLE_CHANGED -> role(GroupRole.valueOf(d));
                case SEAT_ASSIGNED -> assignmentKind(SeatAssignment.Kind.valueOf(d)).toLowerCase(locale());
                case SEAT_ASSIGNMENT_ENDED -> endReason(SeatAssignment.EndReason.valueOf(d));
                case STAGE_CHANGED -> stage(Stage.fromCode(d));
                case MODEL_LEVEL_CHANGED -> modelLevel(ModelLevel.fromCode(d));
                default -> d;
            };
        } catch (IllegalArgumentException notAnEnum) {
            return d;
        }
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
