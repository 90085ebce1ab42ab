package org.thirdspace.needs.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.thirdspace.needs.NeedBehalf;
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedOutcome;
import org.thirdspace.needs.NeedStatus;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;

/** Labels of the needs views: statuses, outcomes, facets and their values, dates. */
final class NeedTexts {

    private final Component owner;
    private final Vocabularies vocabularies;

    NeedTexts(Component owner, Vocabularies vocabularies) {
        this.owner = owner;
        this.vocabularies = vocabularies;
    }

    Locale locale() {
        Locale locale = owner.getUI().map(UI::getLocale)
                .orElseGet(() -> UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        return locale == null ? Locale.ENGLISH : locale;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    String status(NeedStatus status) {
        return t("needs.status." + status.name());
    }

    String outcome(NeedOutcome outcome) {
        return outcome == null ? "" : t("needs.outcome." + outcome.name());
    }

    String facet(NeedFacet facet) {
        return t("needs.facet." + facet.parameter());
    }

    String value(NeedFacet facet, String code) {
        return vocabularies.label(facet.vocabulary(), code, locale());
    }

    List<Term> terms(NeedFacet facet) {
        return vocabularies.terms(facet.vocabulary(), locale());
    }

    String behalf(NeedBehalf behalf) {
        return t(behalf.kind() == NeedBehalf.Kind.INSTITUTION ? "needs.ui.form.behalf.institution"
                : "needs.ui.form.behalf.group", behalf.name());
    }

    /** "Activity type: STEM outreach; Region: North East" */
    String facets(Map<NeedFacet, Set<String>> facets) {
        StringBuilder out = new StringBuilder();
        facets.forEach((facet, codes) -> {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(facet(facet)).append(": ")
                    .append(String.join(", ", codes.stream().map(c -> value(facet, c)).sorted().toList()));
        });
        return out.toString();
    }

    String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(instant.atZone(ZoneOffset.UTC));
    }

    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(date);
    }

    /** The time frame, or null when there is none. */
    String when(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null && endsOn == null) {
            return null;
        }
        if (startsOn != null && endsOn != null) {
            return t("needs.ui.when.between", date(startsOn), date(endsOn));
        }
        return startsOn != null ? t("needs.ui.when.from", date(startsOn)) : t("needs.ui.when.until", date(endsOn));
    }
}
