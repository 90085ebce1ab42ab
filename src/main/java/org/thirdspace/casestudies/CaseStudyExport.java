package org.thirdspace.casestudies;

import org.springframework.stereotype.Service;

/** Markdown and PDF of a case study's published version (NOT_FOUND when the user may not see one). */
@Service
public class CaseStudyExport {

    /** The published version as one Markdown document (title, facets, fields under headings). */
    public String markdown(long caseStudyId) {
        throw new UnsupportedOperationException("issue 5: export in progress");
    }

    /** The published version as PDF, rendered from the sanitised HTML. */
    public byte[] pdf(long caseStudyId) {
        throw new UnsupportedOperationException("issue 5: export in progress");
    }

    /** A file name for downloads, e.g. {@code reading-buddies-across-the-road.md}. */
    public String fileName(long caseStudyId, String extension) {
        throw new UnsupportedOperationException("issue 5: export in progress");
    }
}
