package org.thirdspace.forum.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.thirdspace.shared.PostingLimitExceeded;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.TopicKind;

/**
 * Labels and formatted values of the forum views in the owner's locale: kinds, visibilities,
 * dates ("3 hours ago" with the full date for machines and tooltips) and service errors. Enum
 * labels and error texts are the forum module's ({@code forum.kind.*}, {@code forum.error.*});
 * the views' own texts are {@code forum.ui.*}.
 */
final class ForumTexts {

    private final Component owner;
    private final Clock clock;

    ForumTexts(Component owner, Clock clock) {
        this.owner = owner;
        this.clock = clock;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }

    Clock clock() {
        return clock;
    }

    String kind(TopicKind kind) {
        return kind == null ? "" : t("forum.kind." + lower(kind));
    }

    String visibility(CategoryVisibility visibility) {
        return visibility == null ? "" : t("forum.category-visibility." + lower(visibility));
    }

    // ------------------------------------------------------------------ dates

    String dateTime(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale()).withZone(clock.getZone()).format(instant);
    }

    String date(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                        .withZone(clock.getZone()).format(instant);
    }

    /** "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the date. */
    String ago(Instant instant) {
        if (instant == null) {
            return t("forum.ui.never");
        }
        Duration age = Duration.between(instant, clock.instant());
        if (age.isNegative() || age.toMinutes() < 1) {
            return t("forum.ui.ago.now");
        }
        if (age.toHours() < 1) {
            return t("forum.ui.ago.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return t("forum.ui.ago.hours", age.toHours());
        }
        if (age.toDays() < 7) {
            return t("forum.ui.ago.days", age.toDays());
        }
        return date(instant);
    }

    // ------------------------------------------------------------------ errors

    /** The specific message of a service error (its bundle key and arguments). */
    /** A trust-level posting limit's message (it names the limit and how to unlock it). */
    String error(PostingLimitExceeded e) {
        return t(e.messageKey(), e.args());
    }

    String error(ForumException e) {
        String message = t(e.messageKey(), e.args());
        return message.startsWith("!") ? t("forum.ui.error.generic") : message;
    }

    /** The first message of a bean-validation failure, naming the field when it has a label. */
    String error(ConstraintViolationException e) {
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            return t("forum.ui.error.field", leaf(v), v.getMessage());
        }
        return t("forum.ui.error.generic");
    }

    /** The last node of a violation's property path ({@code createCategory.draft.slug} → {@code slug}). */
    static String leaf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath() == null ? "" : v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
