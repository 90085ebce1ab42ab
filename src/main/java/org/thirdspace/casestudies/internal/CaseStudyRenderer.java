package org.thirdspace.casestudies.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.RenderedRevision;
import org.thirdspace.markdown.MarkdownRenderer;

/**
 * Renders a revision's Markdown to safe HTML. {@code [[Title]]} links are swapped for random
 * placeholder words before rendering (so the Markdown renderer and the sanitiser see plain text),
 * and the placeholders in the sanitised HTML are then replaced by links we build ourselves with
 * the escaped title: to {@code case-studies/wiki/<title>}, marked {@code ts-missing} (red, with a
 * hidden "not written yet" for screen readers) when no visible case study has that title.
 */
@Component
public class CaseStudyRenderer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MarkdownRenderer markdown;
    private final MessageSource messages;

    CaseStudyRenderer(MarkdownRenderer markdown, MessageSource messages) {
        this.markdown = markdown;
        this.messages = messages;
    }

    /**
     * @param existing given the keys linked to, answers those that exist and are visible
     */
    public RenderedRevision render(String summary, Map<CaseStudyField, String> fields,
            Function<Set<String>, Set<String>> existing) {
        Set<String> keys = new LinkedHashSet<>();
        fields.values().forEach(text -> keys.addAll(WikiLinks.targets(text)));
        Set<String> found = keys.isEmpty() ? Set.of() : existing.apply(keys);
        Set<String> missing = new LinkedHashSet<>();
        Map<CaseStudyField, String> html = new EnumMap<>(CaseStudyField.class);
        for (CaseStudyField field : CaseStudyField.values()) {
            String text = fields.get(field);
            if (text != null && !text.isBlank()) {
                html.put(field, renderField(text, found, missing));
            }
        }
        return new RenderedRevision(markdown.toHtml(summary), Collections.unmodifiableMap(html),
                Collections.unmodifiableSet(missing));
    }

    private String renderField(String text, Set<String> found, Set<String> missing) {
        String nonce = "tswl" + HexFormat.of().formatHex(randomBytes()) + "n";
        List<String> titles = new ArrayList<>();
        Matcher m = WikiLinks.LINK.matcher(text);
        StringBuilder replaced = new StringBuilder();
        while (m.find()) {
            String title = m.group(1).strip();
            if (title.isEmpty()) {
                m.appendReplacement(replaced, Matcher.quoteReplacement(m.group()));
                continue;
            }
            titles.add(title);
            m.appendReplacement(replaced, Matcher.quoteReplacement(nonce + (titles.size() - 1) + "x"));
        }
        m.appendTail(replaced);
        String html = markdown.toRichHtml(replaced.toString());
        if (titles.isEmpty()) {
            return html;
        }
        Matcher p = Pattern.compile(Pattern.quote(nonce) + "(\\d+)x").matcher(html);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            int index = Integer.parseInt(p.group(1));
            String link = index < titles.size() ? link(titles.get(index), found, missing) : "";
            p.appendReplacement(out, Matcher.quoteReplacement(link));
        }
        p.appendTail(out);
        return out.toString();
    }

    private String link(String title, Set<String> found, Set<String> missing) {
        String key = WikiLinks.key(title);
        String href = "case-studies/wiki/" + URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20");
        String text = HtmlUtils.htmlEscape(title, "UTF-8");
        if (found.contains(key)) {
            return "<a class=\"ts-wikilink\" href=\"" + HtmlUtils.htmlEscape(href) + "\">" + text + "</a>";
        }
        missing.add(title);
        String note = messages.getMessage("casestudies.wikilink.missing", null, LocaleContextHolder.getLocale());
        return "<a class=\"ts-wikilink ts-missing\" href=\"" + HtmlUtils.htmlEscape(href) + "\">" + text
                + "<span class=\"ts-visually-hidden\"> (" + HtmlUtils.htmlEscape(note) + ")</span></a>";
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
