package org.thirdspace.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thirdspace.security.TestAccounts.as;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thirdspace.markdown.MarkdownRenderer;
import org.thirdspace.shared.AuditableAction;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * The glossary on the real database: moderators' changes (audited), uniqueness ignoring case,
 * spacing and Unicode compatibility forms, synonyms from the vocabularies, and the cached
 * annotator following every change.
 */
@IntegrationTest
@RecordApplicationEvents
class GlossaryServiceTest {

    static final String MODERATOR = "moderator@glossary.test";

    @Autowired
    GlossaryService glossary;
    @Autowired
    MarkdownRenderer markdown;
    @Autowired
    ApplicationEvents events;

    /** A made-up word, so terms of one test never mark text of another. */
    static String word() {
        StringBuilder sb = new StringBuilder("zq");
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private GlossaryEntry create(String term, String definition, List<String> synonyms,
            List<VocabularyTermRef> vocabularyTerms) {
        return as(MODERATOR, "MODERATOR",
                () -> glossary.create(new GlossaryDraft(term, definition, synonyms, vocabularyTerms)));
    }

    @Test
    void moderatorsCreateChangeAndDeleteTermsAndEachChangeIsAudited() {
        String word = word();
        GlossaryEntry created = create(word + " plan", "A *shared* plan.", List.of(word + " scheme"), List.of());

        assertThat(created.definitionHtml()).isEqualTo("<p>A <em>shared</em> plan.</p>");
        assertThat(glossary.search(word, 0, 10).items()).extracting(GlossaryEntry::term).containsExactly(word + " plan");
        assertThat(events.stream(AuditableAction.class).filter(a -> a.target().id().equals(String.valueOf(created.id()))))
                .singleElement().satisfies(a -> {
                    assertThat(a.action()).isEqualTo("glossary.create");
                    assertThat(a.target().type()).isEqualTo("glossary-term");
                    assertThat(a.after()).contains(word + " scheme");
                });

        GlossaryEntry changed = as(MODERATOR, "MODERATOR", () -> glossary.update(created.id(),
                new GlossaryDraft(word + " Plan", "A plan both sides agreed.", List.of(), List.of())));
        assertThat(changed.term()).isEqualTo(word + " Plan");
        assertThat(glossary.require(created.id()).definitionMarkdown()).isEqualTo("A plan both sides agreed.");
        assertThat(glossary.annotate("<p>Our " + word + " scheme.</p>")).doesNotContain("ts-glossary");
        assertThat(glossary.annotate("<p>Our " + word + " plan.</p>")).contains("ts-glossary-term");

        as(MODERATOR, "MODERATOR", () -> glossary.delete(created.id()));
        assertThat(glossary.find(created.id())).isEmpty();
        assertThat(glossary.annotate("<p>Our " + word + " plan.</p>")).isEqualTo("<p>Our " + word + " plan.</p>");
        assertThat(events.stream(AuditableAction.class).filter(a -> a.target().id().equals(String.valueOf(created.id())))
                .map(AuditableAction::action)).containsExactly("glossary.create", "glossary.update", "glossary.delete");
    }

    @Test
    void membersMayReadButNotChangeTheGlossary() {
        String word = word();
        assertThatThrownBy(() -> as("member@glossary.test", "MEMBER",
                () -> glossary.create(new GlossaryDraft(word, "Nope.", List.of(), List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(glossary.search(word, 0, 10).total()).isZero();
    }

    @Test
    void termsAreUniqueIgnoringCaseSpacingAndCompatibilityForms() {
        String word = word();
        GlossaryEntry first = create(word + " space", "One.", List.of(word + " room"), List.of());
        try {
            String fullWidth = word.toUpperCase().chars()
                    .collect(StringBuilder::new, (sb, c) -> sb.append((char) (c - 'A' + 'Ａ')), StringBuilder::append)
                    + "  SPACE";
            for (String clash : List.of(word.toUpperCase() + " Space", " " + word + "   space ", fullWidth)) {
                assertThatThrownBy(() -> create(clash, "Two.", List.of(), List.of()))
                        .isInstanceOfSatisfying(GlossaryException.class, e -> {
                            assertThat(e.kind()).isEqualTo(GlossaryException.Kind.CONFLICT);
                            assertThat(e.field()).isEqualTo("term");
                        });
            }
            // a synonym may not name another term either
            assertThatThrownBy(() -> create(word + " hall", "Three.", List.of(word.toUpperCase() + " ROOM"), List.of()))
                    .isInstanceOfSatisfying(GlossaryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(GlossaryException.Kind.CONFLICT);
                        assertThat(e.field()).isEqualTo("synonyms[0]");
                    });
            assertThatThrownBy(() -> create("x", "Short.", List.of(), List.of()))
                    .isInstanceOfSatisfying(GlossaryException.class, e -> assertThat(e.field()).isEqualTo("term"));
            assertThatThrownBy(() -> create(word + " x", " ", List.of(), List.of()))
                    .isInstanceOfSatisfying(GlossaryException.class, e -> assertThat(e.field()).isEqualTo("definition"));
            assertThat(glossary.search(word, 0, 10).items()).hasSize(1);
        } finally {
            as(MODERATOR, "MODERATOR", () -> glossary.delete(first.id()));
        }
    }

    @Test
    void vocabularyTermsLendTheirLabelsAndSynonymsAndUnknownOnesAreRefused() {
        String word = word();
        assertThatThrownBy(() -> create(word, "Def.", List.of(), List.of(VocabularyTermRef.of("role", "no-such-role"))))
                .isInstanceOfSatisfying(GlossaryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GlossaryException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("vocabularyTerms[0].code");
                });
        assertThatThrownBy(() -> create(word, "Def.", List.of(), List.of(VocabularyTermRef.of("nope", "x"))))
                .isInstanceOfSatisfying(GlossaryException.class,
                        e -> assertThat(e.field()).isEqualTo("vocabularyTerms[0].vocabulary"));

        GlossaryEntry entry = create(word + " professional", "Someone who works **between** school and university.",
                List.of(word + " worker"), List.of(VocabularyTermRef.of("role", "third-space-professional")));
        try {
            assertThat(entry.vocabularyTerms()).singleElement().satisfies(ref -> {
                assertThat(ref.vocabulary()).isEqualTo("role");
                assertThat(ref.label()).isEqualTo("Third space professional");
            });
            assertThat(entry.allSynonyms()).containsExactly(word + " worker", "Third space professional", "hybrid");
            assertThat(glossary.search("hybrid", 0, 10).items()).extracting(GlossaryEntry::id).contains(entry.id());

            // the vocabulary's synonym marks the term, and its tooltip gives the definition as text
            String html = glossary.annotate(markdown.toRichHtml("Ana is a Hybrid, say colleagues."));
            var doc = Jsoup.parseBodyFragment(html);
            assertThat(doc.select("button.ts-glossary-term").text()).isEqualTo("Hybrid");
            assertThat(doc.select("[role=tooltip]").text())
                    .isEqualTo(word + " professional: Someone who works between school and university.");
        } finally {
            as(MODERATOR, "MODERATOR", () -> glossary.delete(entry.id()));
        }
        assertThat(glossary.annotate("<p>Ana is a Hybrid.</p>")).isEqualTo("<p>Ana is a Hybrid.</p>");
    }
}
