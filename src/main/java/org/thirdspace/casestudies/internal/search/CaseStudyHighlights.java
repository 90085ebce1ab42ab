package org.thirdspace.casestudies.internal.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted fragments of the case-studies index as safe HTML. Elasticsearch marks matches with
 * two private-use characters that indexed text never contains ({@link #clean} removes them before
 * indexing). A fragment is HTML-escaped first and only then are the markers turned into
 * {@code <mark>} and {@code </mark>}, so nothing an author wrote can become markup.
 */
public final class CaseStudyHighlights {

    public static final String PRE = "\uE000";
    public static final String POST = "\uE001";

    private CaseStudyHighlights() {
    }

    /** The text without the marker characters. */
    public static String clean(String text) {
        return text == null ? null : text.replace(PRE, "").replace(POST, "");
    }

    /** A highlighted fragment as HTML: escaped, with {@code <mark>} around the matches. */
    public static String toSafeHtml(String fragment) {
        String cleaned = fragment.replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]", "");
        String escaped = HtmlUtils.htmlEscape(cleaned, "UTF-8");
        // a marker pair the highlighter left unbalanced (never seen, but cheap to rule out) is dropped
        StringBuilder html = new StringBuilder(escaped.length() + 32);
        boolean open = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == PRE.charAt(0)) {
                if (!open) {
                    html.append("<mark>");
                    open = true;
                }
            } else if (c == POST.charAt(0)) {
                if (open) {
                    html.append("</mark>");
                    open = false;
                }
            } else {
                html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
