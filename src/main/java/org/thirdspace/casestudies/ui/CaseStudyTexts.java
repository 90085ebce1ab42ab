package org.thirdspace.casestudies.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.thirdspace.casestudies.AuthorshipVoice;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyStatus;
import org.thirdspace.casestudies.ReviewDecision;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Labels and formatted values of the case-study views in the owner's locale: workflow states,
 * template fields, facets (vocabulary labels), dates and service errors. Enum labels come from
 * the case-study bundle ({@code casestudies.status.<name>}, {@code casestudies.field.<code>}, ...).
 */
final class CaseStudyTexts {

    private final Component owner;
    private final Vocabularies vocabularies;
    private final Clock clock;

    CaseStudyTexts(Component owner, Vocabularies vocabularies, Clock clock) {
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

    Clock clock() {
        return clock;
    }

    Vocabularies vocabularies() {
        return vocabularies;
    }

    // ------------------------------------------------------------------ enums

    String status(CaseStudyStatus status) {
        return status == null ? "" : enumLabel("casestudies.status.", status);
    }

    String field(CaseStudyField field) {
        return t("casestudies.field." + field.code());
    }

    String voice(AuthorshipVoice voice) {
        return voice == null ? t("casestudies.ui.voice.none") : enumLabel("casestudies.voice.", voice);
    }

    String decision(ReviewDecision decision) {
        return decision == null ? "" : enumLabel("casestudies.decision.", decision);
    }

    /**
     * The label of a part of a diff: {@code title}, {@code summary}, a field code, or
     * {@code facets} / {@code links}.
     */
    String part(String part) {
        if (part == null) {
            return "";
        }
        for (CaseStudyField f : CaseStudyField.values()) {
            if (f.code().equals(part)) {
                return field(f);
            }
        }
        String label = t("casestudies.part." + part);
        if (label.startsWith("!")) {
            label = t("casestudies.ui.part." + part);
        }
        return label.startsWith("!") ? part : label;
    }

    // ------------------------------------------------------------------ facets

    String activity(String code) {
        return vocabularies.label(Vocabulary.ACTIVITY_TYPE, code, locale());
    }

    String phase(String code) {
        return vocabularies.label(Vocabulary.PHASE, code, locale());
    }

    String evidenceType(String code) {
        return vocabularies.label(Vocabulary.EVIDENCE_TYPE, code, locale());
    }

    String evidenceStrength(String code) {
        return code == null ? "" : t("casestudies.ui.evidence-strength",
                vocabularies.label(Vocabulary.EVIDENCE_STRENGTH, code, locale()));
    }

    /** The bare vocabulary label of an evidence strength (for pickers and facet lists). */
    String evidenceStrengthLabel(String code) {
        return vocabularies.label(Vocabulary.EVIDENCE_STRENGTH, code, locale());
    }

    String sector(String code) {
        try {
            return t(Sector.fromCode(code).messageKey());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    String region(String code) {
        try {
            return t(Region.fromCode(code).messageKey());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    String modelLevel(Integer level) {
        if (level == null) {
            return t("casestudies.ui.model-level.none");
        }
        try {
            ModelLevel m = ModelLevel.of(level);
            return t("casestudies.ui.model-level", String.valueOf(level),
                    vocabularies.label(Vocabulary.PARTNERSHIP_MODEL, m.code(), locale()));
        } catch (IllegalArgumentException unknown) {
            return String.valueOf(level);
        }
    }

    String joined(Collection<String> values, java.util.function.Function<String, String> label) {
        return values.stream().map(label).sorted().collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ dates

    String date(LocalDate date) {
        return date == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(clock.getZone()).format(instant);
    }

    // ------------------------------------------------------------------ errors

    /** The specific message of a service error (its bundle key and arguments). */
    String error(CaseStudyException e) {
        String message = t(e.messageKey(), e.args());
        return message.startsWith("!") ? t("casestudies.ui.error.generic") : message;
    }

    /** {@code prefix + name in lower case}, with {@code _} or {@code -} between words (whichever the bundle has). */
    private String enumLabel(String prefix, Enum<?> e) {
        String name = e.name().toLowerCase(Locale.ROOT);
        String label = t(prefix + name);
        if (label.startsWith("!") && name.contains("_")) {
            label = t(prefix + name.replace('_', '-'));
        }
        return label;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
