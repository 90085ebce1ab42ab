package org.thirdspace.casestudies.internal.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thirdspace.markdown.MarkdownWords;

/**
 * A case study's Markdown as the words a reader sees, for the index ({@link MarkdownWords}), with
 * {@code [[Title]]} links as their title (or label).
 */
final class MarkdownText {

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]|]+)(?:\\|([^\\[\\]]+))?]]");

    private MarkdownText() {
    }

    static String of(String markdown) {
        String text = MarkdownWords.of(markdown);
        return WIKI_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                (m.group(2) != null ? m.group(2) : m.group(1)).strip()));
    }
}
