package org.thirdspace.casestudies.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyRevision;
import org.thirdspace.casestudies.RenderedRevision;

/**
 * A case study as PDF, laid out from the <em>sanitised</em> HTML of its rendering inside a small
 * page template. Everything the template adds is HTML-escaped; the whole page is parsed with
 * jsoup into a well-formed DOM (the renderer needs XHTML); links keep only {@code http},
 * {@code https} and {@code mailto} targets (site-relative ones are made absolute with
 * {@code thirdspace.public-url}); and the renderer may not load anything: every URI it would
 * fetch (images, style sheets, fonts) is refused. The text font is the Liberation Sans that ships
 * with PDFBox (wide Unicode coverage), embedded.
 */
@Component
public class PdfExport {

    private static final Logger log = LoggerFactory.getLogger(PdfExport.class);
    private static final Pattern SAFE_LINK = Pattern.compile("^(https?://|mailto:)[^\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FONT_FAMILY = "Export Sans";

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: 'Export Sans', sans-serif;
                font-size: 8.5pt; color: #444444; } }
            body { font-family: 'Export Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
            h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 4pt 0; }
            h2 { font-size: 14pt; margin: 16pt 0 4pt 0; padding-bottom: 2pt; border-bottom: 0.75pt solid #777777;
              page-break-after: avoid; }
            h3, h4, h5, h6 { font-size: 11.5pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
            p { margin: 0 0 6pt 0; }
            .meta { color: #444444; font-size: 9pt; margin-bottom: 10pt; }
            .summary { font-size: 11.5pt; margin-bottom: 8pt; }
            table.facets { border-collapse: collapse; width: 100%; margin: 4pt 0 6pt 0; }
            table.facets th { text-align: left; vertical-align: top; width: 32%; padding: 2pt 8pt 2pt 0;
              color: #333333; }
            table.facets td { vertical-align: top; padding: 2pt 0; }
            blockquote { margin: 6pt 0 6pt 12pt; padding-left: 8pt; border-left: 2pt solid #999999; color: #333333; }
            pre, code { font-family: 'Export Sans', monospace; font-size: 9.5pt; background-color: #f2f2f2; }
            pre { padding: 6pt; white-space: pre-wrap; }
            a { color: inherit; text-decoration: none; }
            a[href] { color: #0b4f8a; text-decoration: underline; }
            table { border-collapse: collapse; }
            td, th { border: 0.5pt solid #999999; padding: 2pt 4pt; }
            table.facets th, table.facets td { border: none; }
            """;

    private final ExportContent content;
    private final String publicUrl;

    PdfExport(ExportContent content, @Value("${thirdspace.public-url:}") String publicUrl) {
        this.content = content;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public byte[] pdf(CaseStudyDetails details, RenderedRevision rendered, Locale locale) {
        PdfRendererLogging.install();
        Document page = Jsoup.parse(html(details, rendered, locale));
        page.select("a").forEach(this::makeSafe);
        page.body().select("img, script, style, iframe, object, embed, link, svg, math, form, input").remove();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // tagged PDF/UA: structure for assistive technology, every font embedded (no built-in fonts)
            builder.usePdfUaAccessibility(true);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useUriResolver((base, uri) -> null);
            builder.useFont(PdfExport::font, FONT_FAMILY);
            builder.withProducer("ThirdSpace");
            builder.withW3cDocument(new W3CDom().fromJsoup(page), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream in = PdfExport.class.getResourceAsStream(FONT);
        if (in == null) {
            log.warn("{} is not on the class path: the PDF falls back to the built-in fonts", FONT);
            return InputStream.nullInputStream();
        }
        return in;
    }

    /** The page: only escaped texts of ours, and the sanitised HTML of the rendering. */
    String html(CaseStudyDetails details, RenderedRevision rendered, Locale locale) {
        CaseStudyRevision r = details.revision();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"").append(esc(locale.toLanguageTag())).append("\"><head>")
                .append("<meta charset=\"utf-8\"/><title>").append(esc(r.title())).append("</title>");
        String description = rendered.summaryHtml() == null ? "" : Jsoup.parse(rendered.summaryHtml()).text();
        h.append("<meta name=\"description\" content=\"")
                .append(esc(description.isBlank() ? r.title() : description)).append("\"/>");
        if (!details.authorNames().isEmpty()) {
            h.append("<meta name=\"author\" content=\"").append(esc(String.join(", ", details.authorNames())))
                    .append("\"/>");
        }
        h.append("<style>").append(STYLE).append("</style></head><body>");
        h.append("<h1>").append(esc(r.title())).append("</h1>");
        h.append("<p class=\"meta\">").append(esc(content.revisionLine(details, locale))).append("</p>");
        if (rendered.summaryHtml() != null && !rendered.summaryHtml().isBlank()) {
            h.append("<div class=\"summary\">").append(rendered.summaryHtml()).append("</div>");
        }
        var facets = content.facets(details, locale);
        if (!facets.isEmpty()) {
            h.append("<h2>").append(esc(content.text("casestudies.export.about", locale))).append("</h2>");
            h.append("<table class=\"facets\">");
            facets.forEach(line -> h.append("<tr><th scope=\"row\">").append(esc(line.label())).append("</th><td>")
                    .append(esc(line.value())).append("</td></tr>"));
            h.append("</table>");
        }
        Map<CaseStudyField, String> fieldsHtml = rendered.fieldsHtml();
        for (CaseStudyField field : CaseStudyField.values()) {
            String body = fieldsHtml.get(field);
            if (body != null && !body.isBlank()) {
                h.append("<h2>").append(esc(content.fieldLabel(field, locale))).append("</h2>");
                h.append("<div class=\"field\">").append(body).append("</div>");
            }
        }
        var links = content.links(details, locale);
        if (!links.isEmpty()) {
            h.append("<h2>").append(esc(content.text("casestudies.export.links", locale))).append("</h2>");
            h.append("<table class=\"facets\">");
            links.forEach(line -> h.append("<tr><th scope=\"row\">").append(esc(line.label())).append("</th><td>")
                    .append(esc(line.value())).append("</td></tr>"));
            h.append("</table>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    /**
     * Keeps a link's target only if it is a web or mail address; site links (wiki links are
     * relative) become absolute with {@code thirdspace.public-url}, or lose their target without
     * one; links to case studies that do not exist yet lose theirs too (their "not written yet" note stays as text).
     */
    private void makeSafe(Element a) {
        String href = a.attr("href").strip();
        if (!SCHEME.matcher(href).lookingAt() && !href.startsWith("//") && !href.isEmpty() && !publicUrl.isEmpty()) {
            href = publicUrl + (href.startsWith("/") ? "" : "/") + href;
        }
        boolean keep = SAFE_LINK.matcher(href).matches() && !a.hasClass("ts-missing");
        if (keep) {
            try {
                URI.create(href);
            } catch (IllegalArgumentException e) {
                keep = false;
            }
        }
        a.clearAttributes();
        if (keep) {
            a.attr("href", href);
        }
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
