package org.thirdspace.groups.internal;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted fragments of the groups index as safe HTML. Elasticsearch marks matches with two
 * private-use characters that indexed text never contains ({@link #clean} removes them before
 * indexing); a fragment is HTML-escaped first and only then are the marks turned into
 * {@code <mark>} and {@code </mark>}, so no markup from member-written text can get through.
 */
public final class SearchHighlights {

    public static final String PRE = "\uE000";
    public static final String POST = "\uE001";

    private SearchHighlights() {
    }

    /** The text without the marker characters. */
    public static String clean(String text) {
        return text == null ? null : text.replace(PRE, "").replace(POST, "");
    }

    /** A highlighted fragment as HTML: escaped, with {@code <mark>} around the matches. */
    public static String toSafeHtml(String fragment) {
        String cleaned = fragment.replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]", "");
        return HtmlUtils.htmlEscape(cleaned, "UTF-8").replace(PRE, "<mark>").replace(POST, "</mark>");
    }
}
