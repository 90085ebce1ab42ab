package org.thirdspace.casestudies.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdspace.casestudies.AuthorshipVoice;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyPermissions;
import org.thirdspace.casestudies.CaseStudyRef;
import org.thirdspace.casestudies.CaseStudyRevision;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.CaseStudyStatus;
import org.thirdspace.casestudies.XssCorpus;
import org.thirdspace.casestudies.RenderedRevision;
import org.thirdspace.casestudies.internal.export.MarkdownExport;
import org.thirdspace.casestudies.internal.export.PdfExport;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The two export formats on their own, from a case study built in the test: the Markdown is the
 * authors' source with escaped labels around it; the PDF holds the text, keeps only web and mail
 * links, and its renderer loads nothing, even from HTML that was not sanitised.
 */
@IntegrationTest
class CaseStudyExportFormatsTest {

    /** Beyond the shared corpus: other script schemes, entities, and things that would load from outside. */
    static final String EXTRA_XSS = """

            <a href="JaVaScRiPt:alert(1)">mixed case</a>
            <a href="&#106;avascript:alert(1)">entity link</a>
            [vb](vbscript:msgbox(1))
            <object data="https://evil.example/x.swf"></object>
            ![pixel](https://evil.example/pixel.png)
            <link rel="stylesheet" href="https://evil.example/x.css">
            [[A case study that does not exist]]
            """;

    @Autowired
    MarkdownExport markdownExport;
    @Autowired
    PdfExport pdfExport;
    @Autowired
    CaseStudyService service;

    private static CaseStudyDetails details(String title, Map<CaseStudyField, String> fields,
            RenderedRevision rendered) {
        Instant at = Instant.parse("2026-03-02T10:15:30Z");
        CaseStudyRevision revision = new CaseStudyRevision(7L, 3, title, "A *short* summary of the work.", fields,
                AuthorshipVoice.JOINT, Set.of("ite"), Set.of("primary-school", "university"), Set.of("primary"),
                Set.of("north-west"), 3, "high", Set.of(), null, Set.of(), Set.of(), Set.of(), 1L, "Ruth Okafor", at,
                "Tidied", 2, null);
        return new CaseStudyDetails(7L, CaseStudyStatus.PUBLISHED, 3, 3, at, at, at, LocalDate.of(2027, 3, 2), false,
                revision, rendered, "Bay Science Partnership <b>",
                List.of(new CaseStudyRef(CaseStudyRef.Kind.INSTITUTION, 5L, "St Mary's [Primary]")), List.of(),
                List.of("Ruth Okafor", "Dev Mistry"), List.of(), List.of(), CaseStudyPermissions.READER);
    }

    /** The case-study rendering (sanitised, wiki links resolved), plus a link to a case study that exists. */
    private RenderedRevision render(String summary, Map<CaseStudyField, String> fields) {
        RenderedRevision rendered = service.preview(CaseStudyDraft.of("Preview", summary, fields));
        Map<CaseStudyField, String> html = new EnumMap<>(rendered.fieldsHtml());
        html.merge(CaseStudyField.LESSONS, "<p><a class=\"ts-wikilink\" href=\"case-studies/wiki/Rock%20pools\">Rock "
                + "pools</a></p>", String::concat);
        return new RenderedRevision(rendered.summaryHtml(), html, rendered.missingTitles());
    }

    @Test
    void markdownIsTheSourceWithEscapedLabelsAroundIt() {
        Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);
        fields.put(CaseStudyField.LESSONS, "Start **small**.\n\n<script>alert(1)</script>");
        fields.put(CaseStudyField.PROBLEM, "Pupils rarely met *scientists*.");
        String md = markdownExport.markdown(details("Reading <em>buddies</em> & co", fields, null), Locale.UK);

        assertThat(md).startsWith("# Reading \\<em\\>buddies\\</em\\> \\& co\n");
        assertThat(md).contains("Revision 3, published 2026-03-02");
        assertThat(md).contains("A *short* summary of the work.");
        // the fields in template order, as written (source text, not a rendering)
        assertThat(md.indexOf("Pupils rarely met *scientists*.")).isLessThan(md.indexOf("Start **small**."));
        assertThat(md).contains("<script>alert(1)</script>");
        assertThat(md).contains("- **Home group:** Bay Science Partnership \\<b\\>");
        assertThat(md).contains("- **Partnership model:** ").contains("(level 3 of 4)");
        assertThat(md).contains("St Mary's \\[Primary\\]");
    }

    @Test
    void pdfHoldsTheTextAndNothingThatRunsOrLinksAnywhereElse() throws IOException {
        Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);
        fields.put(CaseStudyField.PROBLEM, "Pupils in Łódź and Llanelli rarely met scientists — “quotes” too.");
        fields.put(CaseStudyField.ACTIVITIES, "Corpusmarker\n\n" + XssCorpus.MARKDOWN + EXTRA_XSS);
        fields.put(CaseStudyField.LESSONS, "See [the report](https://example.org/report) or "
                + "[mail us](mailto:team@example.org).");
        RenderedRevision rendered = render("A *short* summary of the work.", fields);

        byte[] pdf = pdfExport.pdf(details("Gravity club at Morecambe Bay", fields, rendered), rendered, Locale.UK);
        PdfSafety.Parsed parsed = PdfSafety.parseInert(pdf);

        assertThat(parsed.text()).contains("Gravity club at Morecambe Bay", "A short summary of the work.",
                "Pupils in Łódź and Llanelli rarely met scientists", "Corpusmarker",
                "Revision 3, published 2026-03-02");
        assertThat(rendered.missingTitles()).contains("A case study that does not exist");
        assertThat(parsed.text().replaceAll("\\s+", " "))
                .contains("A case study that does not exist (not written yet)");
        // web and mail links stay, site links become absolute, links to missing pages and scripts go
        assertThat(parsed.linkTargets()).containsExactlyInAnyOrder("https://example.org/report",
                "mailto:team@example.org", "https://thirdspace.example/case-studies/wiki/Rock%20pools");
    }

    @Test
    void theRendererLoadsNothingEvenFromUnsanitisedHtml() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String hostile = "<p style=\"background-image:url(" + base + "/bg.png)\">styled</p>"
                    + "<img src=\"" + base + "/img.png\"/><link rel=\"stylesheet\" href=\"" + base + "/x.css\"/>"
                    + "<style>@import url(" + base + "/imp.css); p { background: url(" + base + "/p.png) }</style>"
                    + "<object data=\"" + base + "/o.svg\"></object><a href=\"javascript:alert(1)\">js</a>"
                    + "<p>Still here</p>";
            Map<CaseStudyField, String> fields = Map.of(CaseStudyField.AIMS, "x");
            RenderedRevision rendered = new RenderedRevision(hostile, Map.of(CaseStudyField.AIMS, hostile), Set.of());
            byte[] pdf = pdfExport.pdf(details("Unsanitised input", fields, rendered), rendered, Locale.UK);

            PdfSafety.Parsed parsed = PdfSafety.parseInert(pdf);
            assertThat(parsed.text()).contains("Still here");
            assertThat(parsed.linkTargets()).isEmpty();
            assertThat(requests.get()).as("requests the PDF renderer made").isZero();
        } finally {
            server.stop(0);
        }
    }
}
