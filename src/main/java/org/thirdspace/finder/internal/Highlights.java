package org.thirdspace.finder.internal;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted snippets as safe HTML: Elasticsearch marks matches with control characters that
 * cannot occur in our texts; everything is HTML-escaped and only then are the marks turned into
 * {@code <mark>} / {@code </mark>}, so no other markup can get through.
 */
public final class Highlights {

    /** Private-use characters: Elasticsearch trims control characters at fragment edges. */
    public static final String PRE = "\uE000";
    public static final String POST = "\uE001";

    private Highlights() {
    }

    /** Removes the marker characters from indexed text, so only Elasticsearch can produce them. */
    public static String clean(String text) {
        return text == null ? null : text.replace(PRE, "").replace(POST, "");
    }

    public static String toSafeHtml(String fragment) {
        String cleaned = fragment.replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]", "");
        String escaped = HtmlUtils.htmlEscape(cleaned, "UTF-8");
        return escaped.replace(PRE, "<mark>").replace(POST, "</mark>");
    }
}
