package org.thirdspace.forum.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thirdspace.markdown.MarkdownRenderer;

/**
 * Renders a post's Markdown to safe HTML (the shared allow-list of {@link MarkdownRenderer}).
 * Mentions, written {@code @[Display Name](person:123)}, are swapped for random placeholder
 * words before rendering, and the placeholders in the sanitised HTML become links to the
 * profile built here from the escaped name, so member text can never produce them.
 */
@Component
public class PostRenderer {

    /** {@code @[Name](person:123)}: a name without brackets, then the person id. */
    public static final Pattern MENTION = Pattern.compile("@\\[([^\\[\\]\\n]{1,120})]\\(person:(\\d{1,18})\\)");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MarkdownRenderer markdown;

    PostRenderer(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The people mentioned, in order of first mention. */
    public static Set<Long> mentions(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        if (text == null) {
            return ids;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            try {
                ids.add(Long.parseLong(m.group(2)));
            } catch (NumberFormatException ignored) {
                // not a person id
            }
        }
        return ids;
    }

    public String render(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String nonce = "tsmn" + HexFormat.of().formatHex(bytes) + "n";
        List<String[]> found = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        StringBuilder replaced = new StringBuilder();
        while (m.find()) {
            found.add(new String[] { m.group(1).strip(), m.group(2) });
            m.appendReplacement(replaced, Matcher.quoteReplacement(nonce + (found.size() - 1) + "x"));
        }
        m.appendTail(replaced);
        String html = markdown.toRichHtml(replaced.toString());
        if (found.isEmpty()) {
            return html;
        }
        Matcher p = Pattern.compile(Pattern.quote(nonce) + "(\\d+)x").matcher(html);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            int index = Integer.parseInt(p.group(1));
            String link = "";
            if (index < found.size()) {
                String[] mention = found.get(index);
                link = "<a class=\"ts-mention\" href=\"people/" + Long.parseLong(mention[1]) + "\">@"
                        + HtmlUtils.htmlEscape(mention[0], "UTF-8") + "</a>";
            }
            p.appendReplacement(out, Matcher.quoteReplacement(link));
        }
        p.appendTail(out);
        return out.toString();
    }

    /** Plain text of a post (for quotes and search): Markdown removed, mentions as "@Name". */
    public String plainText(String text) {
        if (text == null) {
            return "";
        }
        return markdown.toPlainText(MENTION.matcher(text).replaceAll(r -> Matcher.quoteReplacement("@" + r.group(1))));
    }
}
