package org.thirdspace.finder.internal;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted snippets as safe HTML: Elasticsearch marks matches with control characters that
 * cannot occur in our texts; everything is HTML-escaped and only then are the marks turned into
 * {@code <mark>} / {@code </mark>}, so no other markup can get through.
 */
public final class Highlights {

    public static final String PRE = "\u0002";
    public static final String POST = "\u0003";

    private Highlights() {
    }

    public static String toSafeHtml(String fragment) {
        String cleaned = fragment.replaceAll("[\\u0000-\\u0001\\u0004-\\u0008\\u000B\\u000C\\u000E-\\u001F]", "");
        String escaped = HtmlUtils.htmlEscape(cleaned, "UTF-8");
        return escaped.replace(PRE, "<mark>").replace(POST, "</mark>");
    }
}
