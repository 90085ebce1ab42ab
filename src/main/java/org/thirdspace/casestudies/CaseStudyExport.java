package org.thirdspace.casestudies;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thirdspace.casestudies.internal.export.ExportFileNames;
import org.thirdspace.casestudies.internal.export.MarkdownExport;
import org.thirdspace.casestudies.internal.export.PdfExport;

/**
 * Markdown and PDF of a case study's published version (NOT_FOUND when the user may not see one).
 * The Markdown export is the authors' Markdown source with the facets and headings around it
 * (a source file: whoever renders it must sanitise it); the PDF is laid out from the sanitised
 * HTML the site shows, and loads nothing from outside.
 */
@Service
public class CaseStudyExport {

    private final CaseStudyService caseStudies;
    private final MarkdownExport markdown;
    private final PdfExport pdf;

    CaseStudyExport(CaseStudyService caseStudies, MarkdownExport markdown, PdfExport pdf) {
        this.caseStudies = caseStudies;
        this.markdown = markdown;
        this.pdf = pdf;
    }

    /** The published version as one Markdown document (title, facets, fields under headings). */
    public String markdown(long caseStudyId) {
        return markdown.markdown(published(caseStudyId), locale());
    }

    /** The published version as PDF, rendered from the sanitised HTML. */
    public byte[] pdf(long caseStudyId) {
        CaseStudyDetails details = published(caseStudyId);
        RenderedRevision rendered = details.rendered() != null ? details.rendered()
                : caseStudies.render(details.revision());
        return pdf.pdf(details, rendered, locale());
    }

    /** A file name for downloads, e.g. {@code reading-buddies-across-the-road.md}. */
    public String fileName(long caseStudyId, String extension) {
        return ExportFileNames.fileName(published(caseStudyId).revision().title(), caseStudyId, extension);
    }

    /** The published version as the current user may see it, or NOT_FOUND. */
    private CaseStudyDetails published(long caseStudyId) {
        return caseStudies.details(caseStudyId, true)
                .filter(CaseStudyDetails::showingPublished)
                .orElseThrow(CaseStudyException::notFound);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
