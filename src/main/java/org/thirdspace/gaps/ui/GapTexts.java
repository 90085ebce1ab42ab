package org.thirdspace.gaps.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;

import org.thirdspace.gaps.GapFacet;
import org.thirdspace.gaps.GapStatus;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;

/** Labels of the gap views: statuses, facet names and values, dates. */
final class GapTexts {

    private final Component owner;
    private final Vocabularies vocabularies;

    GapTexts(Component owner, Vocabularies vocabularies) {
        this.owner = owner;
        this.vocabularies = vocabularies;
    }

    Locale locale() {
        Locale locale = owner.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? null
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
        return locale == null ? Locale.ENGLISH : locale;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    String status(GapStatus status) {
        return t("gaps.status." + status.name());
    }

    String facet(GapFacet facet) {
        return t("gaps.facet." + facet.parameter());
    }

    String value(GapFacet facet, String code) {
        return vocabularies.label(facet.vocabulary(), code, locale());
    }

    List<Term> terms(GapFacet facet) {
        return vocabularies.terms(facet.vocabulary(), locale());
    }

    /** "Region: North East; Sector: Special school" */
    String facets(Map<GapFacet, Set<String>> facets) {
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
}
