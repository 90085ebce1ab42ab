package org.thirdspace.markdown;

import java.util.List;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Renders member-written Markdown (bios, purposes, notes) to HTML, then passes it through an allow-list: raw HTML in the
 * Markdown is escaped by the renderer, and the sanitiser drops anything outside the list
 * (scripts, event handlers, styles, {@code javascript:} and other non-web links).
 */
@Component
public class MarkdownRenderer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h2", "h3", "h4", "h5", "h6", "hr", "a")
            // member text sits under the page's own headings: demote level-1 headings
            .allowElements((name, attrs) -> "h2", "h1")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]{1,4}")).onElements("ol")
            .toFactory();

    /** Long documents (case studies): the same list plus tables. */
    private static final PolicyFactory RICH_POLICY = POLICY.and(new HtmlPolicyBuilder()
            .allowElements("table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("align").matching(java.util.regex.Pattern.compile("left|center|right"))
            .onElements("th", "td")
            .toFactory());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Parser richParser;
    private final HtmlRenderer richRenderer;

    public MarkdownRenderer() {
        var extensions = List.of(AutolinkExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
        var rich = List.of(AutolinkExtension.create(), TablesExtension.create());
        this.richParser = Parser.builder().extensions(rich).build();
        this.richRenderer = HtmlRenderer.builder().extensions(rich).escapeHtml(true).sanitizeUrls(true).build();
    }

    /** Safe HTML for long documents (case studies): as {@link #toHtml} plus GitHub-style tables. */
    public String toRichHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RICH_POLICY.sanitize(richRenderer.render(richParser.parse(markdown))).strip();
    }

    /** The plain text of Markdown (no markup), e.g. for search indexes and excerpts. */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return org.commonmark.renderer.text.TextContentRenderer.builder().build().render(richParser.parse(markdown))
                .strip();
    }

    /** Safe HTML for the Markdown, or an empty string for none. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown))).strip();
    }
}
