package org.thirdspace.casestudies.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.thirdspace.casestudies.Attachment;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyLink;
import org.thirdspace.casestudies.CaseStudyRef;
import org.thirdspace.casestudies.CaseStudyRevision;
import org.thirdspace.casestudies.RenderedRevision;
import org.thirdspace.glossary.GlossaryTooltips;

/**
 * The case study itself (the shown revision): summary, facets as labels, the template fields
 * under headings in template order (sanitised HTML from the service), links to groups,
 * institutions and people, backlinks from other case studies, and attachments to download.
 */
class ArticleTab extends Div {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleTab.class);

    ArticleTab(CaseStudyPage page) {
        addClassName("ts-cs-article");
        setId("cs-article");
        CaseStudyDetails d = page.caseStudy;
        CaseStudyRevision r = d.revision();
        CaseStudyTexts texts = page.texts;
        RenderedRevision rendered = d.rendered();

        // glossary terms: the first occurrence on the page (summary, then the fields) is marked
        List<CaseStudyField> shownFields = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        String summaryHtml = rendered == null ? null : rendered.summaryHtml();
        fragments.add(summaryHtml == null ? "" : summaryHtml);
        for (CaseStudyField field : CaseStudyField.values()) {
            String html = rendered == null ? null : rendered.fieldsHtml().get(field);
            if (html != null && !html.isBlank()) {
                shownFields.add(field);
                fragments.add(html);
            }
        }
        List<String> marked = page.glossary == null ? fragments : page.glossary.annotate(fragments);
        GlossaryTooltips.install(this);

        if (summaryHtml != null && !summaryHtml.isBlank()) {
            Div summary = Parts.html(marked.getFirst(), "ts-cs-summary");
            summary.setId("cs-summary");
            add(summary);
        } else if (r.summary() != null && !r.summary().isBlank()) {
            Paragraph summary = new Paragraph(r.summary());
            summary.addClassName("ts-cs-summary");
            summary.setId("cs-summary");
            add(summary);
        }
        add(facets(texts, r));

        boolean any = !shownFields.isEmpty();
        for (int i = 0; i < shownFields.size(); i++) {
            CaseStudyField field = shownFields.get(i);
            Section section = new Section(new H2(texts.field(field)));
            section.addClassName("ts-cs-field");
            Div body = Parts.html(marked.get(i + 1), "ts-cs-body");
            body.setId("cs-body-" + field.code());
            section.add(body);
            add(section);
        }
        if (!any) {
            add(new Paragraph(texts.t("casestudies.ui.article.empty")));
        }
        if (rendered != null && !rendered.missingTitles().isEmpty()) {
            Paragraph missing = new Paragraph(texts.t("casestudies.ui.article.missing-links",
                    String.join(", ", rendered.missingTitles())));
            missing.addClassName("ts-cs-meta");
            add(missing);
        }

        links(texts, d.links()).ifPresent(this::add);
        backlinks(texts, d.backlinks()).ifPresent(this::add);
        attachments(page).ifPresent(this::add);
    }

    /** Facets as labelled lists of labels (the word says what it is, not only the colour). */
    private Component facets(CaseStudyTexts texts, CaseStudyRevision r) {
        Div facets = new Div();
        facets.addClassName("ts-cs-facets-shown");
        facets.setId("cs-facets");
        facet(facets, texts.t("casestudies.ui.facet.voice"), r.voice() == null ? Set.of()
                : Set.of(texts.voice(r.voice())), Function.identity());
        facet(facets, texts.t("casestudies.ui.facet.activities"), r.activities(), texts::activity);
        facet(facets, texts.t("casestudies.ui.facet.sectors"), r.sectors(), texts::sector);
        facet(facets, texts.t("casestudies.ui.facet.phases"), r.phases(), texts::phase);
        facet(facets, texts.t("casestudies.ui.facet.regions"), r.regions(), texts::region);
        facet(facets, texts.t("casestudies.ui.facet.model-level"), r.modelLevel() == null ? Set.of()
                : Set.of(texts.modelLevel(r.modelLevel())), Function.identity());
        facet(facets, texts.t("casestudies.ui.facet.evidence-strength"), r.evidenceStrength() == null ? Set.of()
                : Set.of(texts.evidenceStrengthLabel(r.evidenceStrength())), Function.identity());
        facet(facets, texts.t("casestudies.ui.facet.evidence-types"), r.evidenceTypes(), texts::evidenceType);
        facets.setVisible(facets.getComponentCount() > 0);
        return facets;
    }

    private static void facet(Div facets, String label, Set<String> values, Function<String, String> labeller) {
        if (values == null || values.isEmpty()) {
            return;
        }
        Div row = new Div();
        row.addClassName("ts-cs-facet");
        Span name = new Span(label + ": ");
        name.addClassName("ts-cs-facet-name");
        row.add(name);
        UnorderedList list = new UnorderedList();
        list.addClassName("ts-cs-labels");
        values.stream().map(labeller).sorted().forEach(v -> {
            ListItem item = new ListItem(v);
            item.addClassName("ts-cs-label");
            list.add(item);
        });
        row.add(list);
        facets.add(row);
    }

    private static java.util.Optional<Component> links(CaseStudyTexts texts, List<CaseStudyRef> refs) {
        if (refs == null || refs.isEmpty()) {
            return java.util.Optional.empty();
        }
        Section section = new Section(new H2(texts.t("casestudies.ui.links")));
        section.setId("cs-links");
        for (CaseStudyRef.Kind kind : CaseStudyRef.Kind.values()) {
            List<CaseStudyRef> ofKind = refs.stream().filter(r -> r.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            section.add(new H3(texts.t("casestudies.ui.links." + kind.name().toLowerCase(java.util.Locale.ROOT))));
            UnorderedList list = new UnorderedList();
            for (CaseStudyRef ref : ofKind) {
                String href = switch (kind) {
                    case GROUP -> "groups/" + ref.id();
                    case INSTITUTION -> "institutions/" + ref.id();
                    case PERSON -> "people/" + ref.id();
                };
                list.add(new ListItem(new Anchor(href, ref.name())));
            }
            section.add(list);
        }
        return java.util.Optional.of(section);
    }

    private static java.util.Optional<Component> backlinks(CaseStudyTexts texts, List<CaseStudyLink> backlinks) {
        if (backlinks == null || backlinks.isEmpty()) {
            return java.util.Optional.empty();
        }
        Section section = new Section(new H2(texts.t("casestudies.ui.backlinks")));
        section.setId("cs-backlinks");
        UnorderedList list = new UnorderedList();
        backlinks.forEach(l -> list.add(new ListItem(CaseStudiesView.link(l.id(), l.title()))));
        section.add(list);
        return java.util.Optional.of(section);
    }

    private static java.util.Optional<Component> attachments(CaseStudyPage page) {
        List<Attachment> files;
        try {
            files = page.attachments.list(page.id());
        } catch (CaseStudyException e) {
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            // the case study is still worth reading without its file list
            LOG.warn("Attachments of case study {} could not be listed: {}", page.id(), e.toString());
            Paragraph unavailable = new Paragraph(page.texts.t("casestudies.ui.attachments.unavailable"));
            unavailable.addClassName("ts-cs-meta");
            return java.util.Optional.of(unavailable);
        }
        if (files.isEmpty()) {
            return java.util.Optional.empty();
        }
        CaseStudyTexts texts = page.texts;
        Section section = new Section(new H2(texts.t("casestudies.ui.attachments")));
        section.setId("cs-attachments");
        UnorderedList list = new UnorderedList();
        for (Attachment a : files) {
            List<Component> parts = new ArrayList<>();
            parts.add(Parts.attachmentDownload(page.attachments, a));
            parts.add(new Span(" " + texts.t("casestudies.ui.attachment.meta", a.contentType(), size(texts, a.sizeBytes()),
                    CaseStudyTexts.nz(a.uploadedByName()), texts.dateTime(a.uploadedAt()))));
            list.add(new ListItem(parts.toArray(Component[]::new)));
        }
        section.add(list);
        return java.util.Optional.of(section);
    }


    static String size(CaseStudyTexts texts, long bytes) {
        if (bytes < 1024) {
            return texts.t("casestudies.ui.size.bytes", String.valueOf(bytes));
        }
        if (bytes < 1024 * 1024) {
            return texts.t("casestudies.ui.size.kb", String.valueOf(Math.round(bytes / 1024.0)));
        }
        return texts.t("casestudies.ui.size.mb", String.format(texts.locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
