package org.thirdspace.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thirdspace.markdown.MarkdownRenderer;

/** Marking glossary terms in real sanitised HTML (rendered by the project's Markdown renderer). */
class GlossaryAnnotatorTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private final GlossaryAnnotator annotator = GlossaryAnnotator.of(List.of(
            new GlossaryAnnotator.Entry("Third space", "A place between school and university cultures.",
                    List.of("third-space working")),
            new GlossaryAnnotator.Entry("ITE", "Initial teacher education.", List.of("initial teacher education", "ITT")),
            new GlossaryAnnotator.Entry("Boundary spanner", "Someone credible on both sides.",
                    List.of("boundary spanners", "broker"))));

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void marksTheFirstWholeWordOccurrenceIgnoringCaseWithAnAccessibleTooltip() {
        String html = markdown.toRichHtml("Our THIRD SPACE grew. The third space then moved. A thirdspaces word.");

        Document doc = parse(annotator.annotate(html));

        List<Element> buttons = doc.select("button.ts-glossary-term");
        assertThat(buttons).hasSize(1);
        Element button = buttons.getFirst();
        assertThat(button.text()).isEqualTo("THIRD SPACE");
        assertThat(button.attr("type")).isEqualTo("button");
        Element tip = doc.getElementById(button.attr("aria-describedby"));
        assertThat(tip).isNotNull();
        assertThat(tip.attr("role")).isEqualTo("tooltip");
        assertThat(tip.text()).isEqualTo("Third space: A place between school and university cultures.");
        // the text around it is kept exactly
        assertThat(doc.body().text()).startsWith("Our THIRD SPACE")
                .contains("The third space then moved. A thirdspaces word.");
    }

    @Test
    void matchesWholeWordsOnly() {
        String html = markdown.toRichHtml("The suite has kites and an ITEM list; ITEs are not words either.");

        assertThat(annotator.annotate(html)).isEqualTo(html);
        assertThat(parse(annotator.annotate(markdown.toRichHtml("We run ITE, with care."))).select("button").text())
                .isEqualTo("ITE");
    }

    @Test
    void leavesLinksCodeAndHeadingsAlone() {
        String html = markdown.toRichHtml("""
                # Third space in the heading

                See [the third space](https://example.org/ts) and `third space` in code.

                ```
                third space in a block
                ```

                Finally the third space in prose.
                """);

        Document doc = parse(annotator.annotate(html));

        assertThat(doc.select("button.ts-glossary-term")).hasSize(1);
        Element marked = doc.selectFirst(".ts-glossary");
        assertThat(marked.parent().text()).startsWith("Finally the third space");
        assertThat(doc.select("h2").text()).isEqualTo("Third space in the heading");
        assertThat(doc.select("a").attr("href")).isEqualTo("https://example.org/ts");
        assertThat(doc.select("a").select(".ts-glossary")).isEmpty();
        assertThat(doc.select("code").select(".ts-glossary")).isEmpty();
    }

    @Test
    void marksSynonymsAndEachTermOnceAcrossThePage() {
        List<String> fragments = List.of(markdown.toRichHtml("Two boundary spanners met."),
                markdown.toRichHtml("A boundary spanner and a broker; initial  teacher education matters."),
                markdown.toRichHtml("ITE again, and ITT."));

        List<String> out = annotator.annotate(fragments);

        assertThat(parse(out.get(0)).select("button").eachText()).containsExactly("boundary spanners");
        // the spanner is explained above; ITE is first named by its synonym, across a double space
        assertThat(parse(out.get(1)).select("button").eachText()).containsExactly("initial teacher education");
        assertThat(out.get(2)).isEqualTo(fragments.get(2));
        // ids are unique on the page
        String first = parse(out.get(0)).selectFirst("button").attr("aria-describedby");
        String second = parse(out.get(1)).selectFirst("button").attr("aria-describedby");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aHostileDefinitionOrTermIsTextNeverMarkup() {
        GlossaryAnnotator hostile = GlossaryAnnotator.of(List.of(new GlossaryAnnotator.Entry(
                "<img src=x onerror=alert(1)>mentor", "\"><script>alert(2)</script> & more",
                List.of("mentor"))));

        String out = hostile.annotate(markdown.toRichHtml("Every mentor <b>counts</b>."));

        Document doc = parse(out);
        assertThat(doc.select("script, img, b")).isEmpty();
        assertThat(out).doesNotContain("<script").doesNotContain("<img");
        assertThat(doc.selectFirst("[role=tooltip]").text())
                .isEqualTo("<img src=x onerror=alert(1)>mentor: \"><script>alert(2)</script> & more");
        assertThat(out).contains("&lt;script&gt;");
    }

    @Test
    void withoutTermsTheHtmlIsUnchanged() {
        String html = markdown.toRichHtml("Nothing to mark in **bold** text.");
        assertThat(GlossaryAnnotator.of(List.of()).annotate(html)).isEqualTo(html);
    }
}
