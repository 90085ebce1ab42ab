package org.thirdspace.everywhere.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippets of database-searched text: escaped first, only {@code <mark>} as markup, an excerpt around the match. */
class TextMarksTest {

    @Test
    void marksEveryWordOfTheQueryInAnyCaseAndEscapesTheRest() {
        assertThat(TextMarks.snippet("Science <b>clubs</b> & SCIENCE fairs", "science clubs"))
                .isEqualTo("<mark>Science</mark> &lt;b&gt;<mark>clubs</mark>&lt;/b&gt; &amp; <mark>SCIENCE</mark> fairs");
        assertThat(TextMarks.snippet("<script>alert(1)</script>", "script"))
                .isEqualTo("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;");
    }

    @Test
    void theQueryCannotInjectMarkupOrMarkers() {
        assertThat(TextMarks.snippet("a \uE000b\uE001 c", "<mark>")).isEqualTo("a b c");
        assertThat(TextMarks.snippet("x.y+z (1)", ".y+ (1)")).isEqualTo("x<mark>.y+</mark>z <mark>(1)</mark>");
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatch() {
        String text = "lorem ipsum ".repeat(40) + "the needle is here " + "dolor sit ".repeat(40);
        String snippet = TextMarks.snippet(text, "needle");
        assertThat(snippet).startsWith("\u2026").endsWith("\u2026").contains("<mark>needle</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "").length())
                .isLessThanOrEqualTo(TextMarks.EXCERPT + 2);
    }

    @Test
    void emptyTextGivesNoSnippet() {
        assertThat(TextMarks.snippet(null, "x")).isEmpty();
        assertThat(TextMarks.snippet("  ", "x")).isEmpty();
        assertThat(TextMarks.snippet("plain", "")).isEqualTo("plain");
    }
}
