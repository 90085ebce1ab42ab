package org.thirdspace.vocabularies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
class VocabulariesTest {

    @Autowired
    Vocabularies vocabularies;
    @Autowired
    VocabularyAdministration administration;
    @Autowired
    MockMvc mvc;

    private static String unique(String label) {
        return label + " " + Long.toString(System.nanoTime(), 36);
    }

    private static List<String> codes(java.util.Collection<Term> terms) {
        return terms.stream().map(Term::code).toList();
    }

    @Test
    void seededTermsHaveBundleLabelsAndSynonymsMatchWholePhrases() {
        assertThat(vocabularies.label(Vocabulary.ROLE, "mentor", Locale.ENGLISH)).isEqualTo("Mentor");
        assertThat(codes(vocabularies.matching(Vocabulary.ROLE, "teacher tutor", Locale.ENGLISH)))
                .containsExactly("mentor");
        assertThat(codes(vocabularies.matching(Vocabulary.ROLE, "Looking for our HEAD TEACHER, please", Locale.ENGLISH)))
                .containsExactly("senior-leader");
        assertThat(codes(vocabularies.matching(Vocabulary.ROLE, "hybrid", Locale.ENGLISH)))
                .containsExactly("third-space-professional");
        assertThat(codes(vocabularies.matching(Vocabulary.ROLE, "lead mentor at a school", Locale.ENGLISH)))
                .contains("ite-coordinator");
        assertThat(vocabularies.matching(Vocabulary.ROLE, "teacher", Locale.ENGLISH)).isEmpty();
        assertThat(codes(vocabularies.terms(Vocabulary.PHASE, Locale.ENGLISH)))
                .containsExactly("early-years", "primary", "secondary", "post-16", "fe", "he");
        assertThat(vocabularies.terms(Vocabulary.CORE_COMPONENT, Locale.ENGLISH)).hasSize(10);
    }

    @Test
    void structuralVocabulariesComeFromTheSharedEnums() {
        assertThat(vocabularies.label(Vocabulary.SECTOR, "university", Locale.ENGLISH)).isEqualTo("University (HEI)");
        assertThat(vocabularies.isKnown(Vocabulary.REGION, "wales")).isTrue();
        assertThat(vocabularies.terms(Vocabulary.REGION, Locale.ENGLISH)).hasSize(12);
    }

    @Test
    void unknownAndRetiredCodesAreRefused() {
        assertThatThrownBy(() -> vocabularies.current(Vocabulary.ROLE, "no-such-role"))
                .isInstanceOf(UnknownTermException.class).hasMessageContaining("no-such-role");
        assertThatThrownBy(() -> vocabularies.requireActive(Vocabulary.PHASE, List.of("primary", "kindergarten")))
                .isInstanceOf(UnknownTermException.class)
                .satisfies(e -> assertThat(((UnknownTermException) e).code()).isEqualTo("kindergarten"));
        assertThat(vocabularies.isKnown(Vocabulary.ROLE, null)).isFalse();
        assertThat(vocabularies.label(Vocabulary.ROLE, "no-such-role", Locale.ENGLISH)).isEqualTo("no-such-role");
    }

    @Test
    @WithMockUser(username = "moderator@vocab.example", roles = "MODERATOR")
    void moderatorsAddTermsAndSynonymsWhichMatchImmediately() {
        String label = unique("Placement Lead");
        Term added = administration.addTerm(Vocabulary.ROLE, label);
        assertThat(added.code()).startsWith("placement-lead-");
        assertThat(vocabularies.term(Vocabulary.ROLE, added.code(), Locale.ENGLISH)).get()
                .extracting(Term::label).isEqualTo(label);

        String synonym = unique("Trainee Wrangler");
        administration.addSynonym(Vocabulary.ROLE, added.code(), synonym);
        assertThat(codes(vocabularies.matching(Vocabulary.ROLE, "she is our " + synonym.toLowerCase(), Locale.ENGLISH)))
                .containsExactly(added.code());
        administration.removeSynonym(Vocabulary.ROLE, added.code(), synonym);
        assertThat(vocabularies.matching(Vocabulary.ROLE, synonym, Locale.ENGLISH)).isEmpty();

        // the same name twice would make matching ambiguous
        assertThatThrownBy(() -> administration.addTerm(Vocabulary.ROLE, "teacher tutor"))
                .isInstanceOf(VocabularyException.class)
                .extracting(e -> ((VocabularyException) e).reason()).isEqualTo(VocabularyException.Reason.DUPLICATE);
        assertThatThrownBy(() -> administration.addTerm(Vocabulary.SECTOR, unique("Nursery")))
                .isInstanceOf(VocabularyException.class)
                .extracting(e -> ((VocabularyException) e).reason()).isEqualTo(VocabularyException.Reason.NOT_EDITABLE);
    }

    @Test
    @WithMockUser(username = "moderator@vocab.example", roles = "MODERATOR")
    void retiringMapsOldCodesToTheSuccessorAndRefusesCycles() {
        Term old = administration.addTerm(Vocabulary.SUBJECT, unique("Natural Philosophy"));
        Term middle = administration.addTerm(Vocabulary.SUBJECT, unique("Physical Science"));
        Term newest = administration.addTerm(Vocabulary.SUBJECT, unique("Integrated Science"));

        assertThatThrownBy(() -> administration.retire(Vocabulary.SUBJECT, old.code(), old.code()))
                .isInstanceOf(VocabularyException.class)
                .extracting(e -> ((VocabularyException) e).reason()).isEqualTo(VocabularyException.Reason.CYCLE);

        administration.retire(Vocabulary.SUBJECT, old.code(), middle.code());
        assertThat(vocabularies.current(Vocabulary.SUBJECT, old.code())).isEqualTo(middle.code());
        assertThat(codes(vocabularies.terms(Vocabulary.SUBJECT, Locale.ENGLISH))).doesNotContain(old.code());
        assertThat(vocabularies.allTerms(Vocabulary.SUBJECT, Locale.ENGLISH)).filteredOn(t -> t.code().equals(old.code()))
                .singleElement().satisfies(t -> {
                    assertThat(t.retired()).isTrue();
                    assertThat(t.successorCode()).isEqualTo(middle.code());
                });
        assertThatThrownBy(() -> vocabularies.requireActive(Vocabulary.SUBJECT, List.of(old.code())))
                .isInstanceOf(UnknownTermException.class).hasMessageContaining(middle.code());

        // a retired term cannot be a successor (that is what would let chains loop)
        assertThatThrownBy(() -> administration.retire(Vocabulary.SUBJECT, newest.code(), old.code()))
                .isInstanceOf(VocabularyException.class).extracting(e -> ((VocabularyException) e).reason())
                .isEqualTo(VocabularyException.Reason.INVALID_SUCCESSOR);

        // chains are followed: old -> middle -> newest
        administration.retire(Vocabulary.SUBJECT, middle.code(), newest.code());
        assertThat(vocabularies.current(Vocabulary.SUBJECT, old.code())).isEqualTo(newest.code());
        assertThat(vocabularies.current(Vocabulary.SUBJECT, newest.code())).isEqualTo(newest.code());
    }

    @Test
    @WithMockUser(username = "member@vocab.example", roles = "MEMBER")
    void membersMayNotChangeVocabularies() {
        assertThatThrownBy(() -> administration.addTerm(Vocabulary.ROLE, unique("Sneaky")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.retire(Vocabulary.ROLE, "mentor", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(vocabularies.isKnown(Vocabulary.ROLE, "mentor")).isTrue();
    }

    @Test
    void theApiListsVocabulariesAndRefusesUnknownOnes() throws Exception {
        mvc.perform(get("/api/v1/vocabularies").param("vocabulary", "role").with(httpBasic(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("role"))
                .andExpect(jsonPath("$[0].editable").value(true))
                .andExpect(jsonPath("$[0].terms[?(@.code == 'mentor')].synonyms[0]").value("subject mentor"));
        mvc.perform(get("/api/v1/vocabularies").with(httpBasic(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(Vocabulary.values().length));
        mvc.perform(get("/api/v1/vocabularies").param("vocabulary", "flavours")
                        .with(httpBasic(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("flavours")));
        mvc.perform(get("/api/v1/vocabularies")).andExpect(status().isUnauthorized());
    }
}
