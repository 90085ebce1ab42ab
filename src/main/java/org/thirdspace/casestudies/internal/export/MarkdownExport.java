package org.thirdspace.casestudies.internal.export;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyRevision;

/**
 * A case study as one Markdown document: the title as the top heading, the revision line, the
 * summary, the facets, each template field under its own heading, and the links. The summary
 * and fields are the authors' Markdown <em>source</em>, unchanged (this is a source file, not a
 * rendering: whoever renders it must sanitise it, as the site does); the texts added around them
 * (title, labels, names) are plain text and escaped so they read as written.
 */
@Component
public class MarkdownExport {

    private final ExportContent content;

    MarkdownExport(ExportContent content) {
        this.content = content;
    }

    public String markdown(CaseStudyDetails details, Locale locale) {
        CaseStudyRevision r = details.revision();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(r.title())).append("\n\n");
        md.append('*').append(escape(content.revisionLine(details, locale))).append("*\n\n");
        if (r.summary() != null && !r.summary().isBlank()) {
            md.append(block(r.summary()));
        }
        var facets = content.facets(details, locale);
        if (!facets.isEmpty()) {
            md.append("## ").append(escape(content.text("casestudies.export.about", locale))).append("\n\n");
            facets.forEach(line -> md.append("- **").append(escape(line.label())).append(":** ")
                    .append(escape(line.value())).append('\n'));
            md.append('\n');
        }
        Map<CaseStudyField, String> headings = content.fieldHeadings(r, locale);
        headings.forEach((field, heading) -> {
            md.append("## ").append(escape(heading)).append("\n\n");
            md.append(block(r.field(field)));
        });
        var links = content.links(details, locale);
        if (!links.isEmpty()) {
            md.append("## ").append(escape(content.text("casestudies.export.links", locale))).append("\n\n");
            links.forEach(line -> md.append("- **").append(escape(line.label())).append(":** ")
                    .append(escape(line.value())).append('\n'));
            md.append('\n');
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** Markdown source as a block: normalised line ends, one blank line after it. */
    private static String block(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n').strip() + "\n\n";
    }

    /**
     * Plain text for inline Markdown: one line, with the characters that would start markup
     * (emphasis, links, HTML, entities, code, tables, headings) backslash-escaped.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>&|~!#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
