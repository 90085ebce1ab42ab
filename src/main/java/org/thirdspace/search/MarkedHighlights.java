package org.thirdspace.search;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted fragments of a feature's index as safe HTML (case studies, forums). Elasticsearch marks
 * matches with two private-use characters that indexed text never contains ({@link #clean}
 * removes them, and control characters, before indexing). A fragment is HTML-escaped first and
 * only then are the markers turned into {@code <mark>} and {@code </mark>}, so nothing a member
 * wrote can become markup; an unbalanced marker is dropped or closed.
 */
public final class MarkedHighlights {

    public static final String PRE = "\uE000";
    public static final String POST = "\uE001";

    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

    private MarkedHighlights() {
    }

    /** The text without control characters and the marker characters (null stays null). */
    public static String clean(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("").replace(PRE, "").replace(POST, "");
    }

    /** A highlighted fragment as HTML: escaped, with {@code <mark>} around the matches. */
    public static String toSafeHtml(String fragment) {
        String escaped = HtmlUtils.htmlEscape(CONTROL.matcher(fragment).replaceAll(""), "UTF-8");
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
