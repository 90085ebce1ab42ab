package org.thirdspace.everywhere.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thirdspace.search.MarkedHighlights;

/**
 * Snippets for the types searched in the database (collections, needs), made like the search
 * index's highlights: an excerpt of the plain text around the first match, the words of the query
 * marked with {@link MarkedHighlights}' private-use characters, then HTML-escaped by
 * {@link MarkedHighlights#toSafeHtml}, so only {@code <mark>} can be markup.
 */
public final class TextMarks {

    static final int EXCERPT = 180;
    private static final int BEFORE = 50;
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TextMarks() {
    }

    /** An excerpt of {@code text} (at most about {@value #EXCERPT} characters) with the query's words marked; "" for none. */
    public static String snippet(String text, String query) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String plain = SPACE.matcher(MarkedHighlights.clean(text)).replaceAll(" ").strip();
        Pattern words = pattern(query);
        int start = 0;
        if (words != null) {
            Matcher first = words.matcher(plain);
            if (first.find() && first.start() > BEFORE) {
                start = plain.lastIndexOf(' ', first.start() - BEFORE);
                start = start < 0 ? first.start() - BEFORE : start + 1;
            }
        }
        int end = Math.min(plain.length(), start + EXCERPT);
        if (end < plain.length()) {
            int space = plain.lastIndexOf(' ', end);
            end = space > start + EXCERPT / 2 ? space : end;
        }
        String excerpt = plain.substring(start, end);
        StringBuilder marked = new StringBuilder(excerpt.length() + 16);
        if (start > 0) {
            marked.append('\u2026');
        }
        int at = 0;
        if (words != null) {
            Matcher m = words.matcher(excerpt);
            while (m.find()) {
                marked.append(excerpt, at, m.start()).append(MarkedHighlights.PRE).append(m.group())
                        .append(MarkedHighlights.POST);
                at = m.end();
            }
        }
        marked.append(excerpt.substring(at));
        if (end < plain.length()) {
            marked.append('\u2026');
        }
        return MarkedHighlights.toSafeHtml(marked.toString());
    }

    /** The words of the query (longest first, so a longer word wins over its prefix), any case; null for none. */
    static Pattern pattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : SPACE.split(MarkedHighlights.clean(query).strip())) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String word : sorted) {
            alternation.append(alternation.isEmpty() ? "" : "|").append(Pattern.quote(word));
        }
        return alternation.isEmpty() ? null
                : Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
