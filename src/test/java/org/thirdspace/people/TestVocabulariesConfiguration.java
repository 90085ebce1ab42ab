package org.thirdspace.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Fallback;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * A small in-memory {@link Vocabularies} for tests, used only while the real implementation
 * is missing (it is a fallback bean). Role synonyms: "teacher tutor" and "subject mentor" are
 * the mentor role; {@code retired-role} is retired.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestVocabulariesConfiguration {

    @Bean
    @Fallback
    @ConditionalOnMissingBean(Vocabularies.class)
    Vocabularies testVocabularies() {
        return new InMemoryVocabularies();
    }

    static final class InMemoryVocabularies implements Vocabularies {

        private final Map<Vocabulary, Map<String, Term>> terms = new LinkedHashMap<>();

        InMemoryVocabularies() {
            add(Vocabulary.ROLE, "ite-coordinator", "ITE coordinator", "professional tutor", "lead mentor");
            add(Vocabulary.ROLE, "mentor", "Mentor", "teacher tutor", "subject mentor");
            add(Vocabulary.ROLE, "link-teacher", "Link teacher");
            add(Vocabulary.ROLE, "senior-leader", "Head teacher or senior leader");
            add(Vocabulary.ROLE, "link-tutor", "Link tutor", "visiting tutor");
            add(Vocabulary.ROLE, "subject-tutor", "Subject tutor");
            add(Vocabulary.ROLE, "course-director", "Course director");
            add(Vocabulary.ROLE, "researcher", "Researcher");
            add(Vocabulary.ROLE, "wp-officer", "Widening-participation officer");
            add(Vocabulary.ROLE, "broker", "Partnership manager or broker");
            add(Vocabulary.ROLE, "third-space-professional", "Third space professional", "hybrid");
            add(Vocabulary.ROLE, "critical-friend", "Critical friend");
            terms.get(Vocabulary.ROLE).put("retired-role",
                    new Term(Vocabulary.ROLE, "retired-role", "Retired role", List.of(), true, "mentor", 99));
            for (String code : List.of("ite", "cpd", "research", "consultancy", "school-improvement",
                    "widening-participation", "stem-outreach", "subject-enrichment", "students-as-researchers",
                    "pupil-mentoring", "public-engagement", "structural")) {
                add(Vocabulary.ACTIVITY_TYPE, code, label(code));
            }
            for (String code : List.of("early-years", "primary", "secondary", "post-16", "fe", "he")) {
                add(Vocabulary.PHASE, code, label(code));
            }
            for (String code : List.of("english", "mathematics", "science", "history", "geography", "computing",
                    "modern-languages", "art", "music", "physical-education", "design-technology",
                    "research-methods", "leadership", "send")) {
                add(Vocabulary.SUBJECT, code, label(code));
            }
        }

        private static String label(String code) {
            String words = code.replace('-', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        private void add(Vocabulary vocabulary, String code, String label, String... synonyms) {
            var map = terms.computeIfAbsent(vocabulary, v -> new LinkedHashMap<>());
            map.put(code, new Term(vocabulary, code, label, Arrays.asList(synonyms), false, null, map.size()));
        }

        private Map<String, Term> of(Vocabulary vocabulary) {
            return terms.getOrDefault(vocabulary, Map.of());
        }

        @Override
        public List<Term> terms(Vocabulary vocabulary, Locale locale) {
            return of(vocabulary).values().stream().filter(t -> !t.retired()).toList();
        }

        @Override
        public List<Term> allTerms(Vocabulary vocabulary, Locale locale) {
            return List.copyOf(of(vocabulary).values());
        }

        @Override
        public Optional<Term> term(Vocabulary vocabulary, String code, Locale locale) {
            return Optional.ofNullable(of(vocabulary).get(code));
        }

        @Override
        public boolean isKnown(Vocabulary vocabulary, String code) {
            return of(vocabulary).containsKey(code);
        }

        @Override
        public String current(Vocabulary vocabulary, String code) {
            Term term = of(vocabulary).get(code);
            if (term == null) {
                throw new UnknownTermException(vocabulary, code, "Unknown " + vocabulary.code() + ": " + code);
            }
            return term.retired() && term.successorCode() != null ? current(vocabulary, term.successorCode()) : code;
        }

        @Override
        public void requireActive(Vocabulary vocabulary, Collection<String> codes) {
            for (String code : codes) {
                Term term = of(vocabulary).get(code);
                if (term == null || term.retired()) {
                    throw new UnknownTermException(vocabulary, code, "Not an active " + vocabulary.code() + ": " + code);
                }
            }
        }

        @Override
        public Set<Term> matching(Vocabulary vocabulary, String text, Locale locale) {
            String query = text == null ? "" : text.toLowerCase(Locale.ROOT);
            return of(vocabulary).values().stream()
                    .filter(t -> query.contains(t.label().toLowerCase(Locale.ROOT))
                            || t.synonyms().stream().anyMatch(s -> query.contains(s.toLowerCase(Locale.ROOT))))
                    .collect(Collectors.toSet());
        }
    }
}
