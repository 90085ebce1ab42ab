package org.thirdspace.casestudies.internal.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyRef;
import org.thirdspace.casestudies.CaseStudyRevision;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * The parts of an export both formats share, as plain text in the reader's language: the facet
 * lines with labels, the field headings, the link lists and the "revision, published" line.
 * The formats escape these texts themselves.
 */
@Component
public class ExportContent {

    /** A labelled line: "Activity: Initial teacher education, CPD". */
    public record Line(String label, String value) {
    }

    private final MessageSource messages;
    private final Vocabularies vocabularies;
    private final Clock clock;

    ExportContent(MessageSource messages, Vocabularies vocabularies, Clock clock) {
        this.messages = messages;
        this.vocabularies = vocabularies;
        this.clock = clock;
    }

    /** "Revision 4, published 2026-03-01". */
    public String revisionLine(CaseStudyDetails details, Locale locale) {
        LocalDate published = details.publishedAt() == null ? null
                : LocalDate.ofInstant(details.publishedAt(), clock.getZone());
        return published == null
                ? messages.getMessage("casestudies.export.revision", new Object[] {details.revision().number()},
                        locale)
                : messages.getMessage("casestudies.export.revision-published",
                        new Object[] {details.revision().number(), published.toString()}, locale);
    }

    /** The facets (and group, voice and authors) that are set, in a fixed order. */
    public List<Line> facets(CaseStudyDetails details, Locale locale) {
        CaseStudyRevision r = details.revision();
        List<Line> lines = new ArrayList<>();
        add(lines, "casestudies.export.facet.activity", labels(Vocabulary.ACTIVITY_TYPE, r.activities(), locale),
                locale);
        add(lines, "casestudies.export.facet.sector", sectors(r.sectors(), locale), locale);
        add(lines, "casestudies.export.facet.phase", labels(Vocabulary.PHASE, r.phases(), locale), locale);
        add(lines, "casestudies.export.facet.region", regions(r.regions(), locale), locale);
        if (r.modelLevel() != null) {
            add(lines, "casestudies.export.facet.model", modelLevel(r.modelLevel(), locale), locale);
        }
        if (r.evidenceStrength() != null && !r.evidenceStrength().isBlank()) {
            add(lines, "casestudies.export.facet.evidence",
                    vocabularies.label(Vocabulary.EVIDENCE_STRENGTH, r.evidenceStrength(), locale), locale);
        }
        add(lines, "casestudies.export.facet.evidence-types", labels(Vocabulary.EVIDENCE_TYPE, r.evidenceTypes(),
                locale), locale);
        if (r.voice() != null) {
            String key = "casestudies.voice." + r.voice().name().toLowerCase(Locale.ROOT);
            add(lines, "casestudies.export.facet.voice", messages.getMessage(key, null, r.voice().name(), locale),
                    locale);
        }
        if (details.groupName() != null && !details.groupName().isBlank()) {
            add(lines, "casestudies.export.facet.group", details.groupName(), locale);
        }
        add(lines, "casestudies.export.facet.authors", String.join(", ", details.authorNames()), locale);
        return lines;
    }

    /** The non-empty fields of the shown revision, in template order, with their headings. */
    public Map<CaseStudyField, String> fieldHeadings(CaseStudyRevision revision, Locale locale) {
        Map<CaseStudyField, String> headings = new LinkedHashMap<>();
        for (CaseStudyField field : CaseStudyField.values()) {
            if (!revision.field(field).isBlank()) {
                headings.put(field, fieldLabel(field, locale));
            }
        }
        return headings;
    }

    public String fieldLabel(CaseStudyField field, Locale locale) {
        String key = "casestudies.field." + field.code();
        return messages.getMessage(key, null, field.code(), locale);
    }

    /** Links by kind (groups, institutions, people), each a line of names. */
    public List<Line> links(CaseStudyDetails details, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (CaseStudyRef.Kind kind : CaseStudyRef.Kind.values()) {
            List<String> names = details.links().stream().filter(l -> l.kind() == kind).map(CaseStudyRef::name)
                    .toList();
            add(lines, "casestudies.export.links." + kind.name().toLowerCase(Locale.ROOT), String.join(", ", names),
                    locale);
        }
        if (details.backlinks() != null && !details.backlinks().isEmpty()) {
            add(lines, "casestudies.export.links.backlinks",
                    String.join(", ", details.backlinks().stream().map(b -> b.title()).toList()), locale);
        }
        return lines;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private void add(List<Line> lines, String key, String value, Locale locale) {
        if (value != null && !value.isBlank()) {
            lines.add(new Line(messages.getMessage(key, null, key, locale), value));
        }
    }

    private String labels(Vocabulary vocabulary, Collection<String> codes, Locale locale) {
        return String.join(", ", codes.stream().sorted().map(c -> vocabularies.label(vocabulary, c, locale))
                .toList());
    }

    private String sectors(Collection<String> codes, Locale locale) {
        return String.join(", ", codes.stream().sorted().map(code -> {
            try {
                Sector sector = Sector.fromCode(code);
                return messages.getMessage(sector.messageKey(), null, code, locale);
            } catch (IllegalArgumentException e) {
                return code;
            }
        }).toList());
    }

    private String regions(Collection<String> codes, Locale locale) {
        return String.join(", ", codes.stream().sorted().map(code -> {
            try {
                Region region = Region.fromCode(code);
                return messages.getMessage(region.messageKey(), null, code, locale);
            } catch (IllegalArgumentException e) {
                return code;
            }
        }).toList());
    }

    private String modelLevel(int level, Locale locale) {
        try {
            String label = vocabularies.label(Vocabulary.PARTNERSHIP_MODEL, ModelLevel.of(level).code(), locale);
            return messages.getMessage("casestudies.export.model-level", new Object[] {level, label}, locale);
        } catch (IllegalArgumentException e) {
            return Integer.toString(level);
        }
    }
}
