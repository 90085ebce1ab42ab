package org.thirdspace.finder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.UnknownTermException;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * A small, fixed {@link Vocabularies} for the finder's tests, used only while the vocabularies
 * feature provides no implementation of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FinderTestConfiguration {

    @Bean
    @ConditionalOnMissingBean(Vocabularies.class)
    Vocabularies finderTestVocabularies() {
        return new FixedVocabularies();
    }

    @Bean
    GateFeature gateFeature() {
        return new GateFeature();
    }

    /** Terms in code: enough roles, activities, subjects and phases for the tests and the demo. */
    static final class FixedVocabularies implements Vocabularies {

        private final Map<Vocabulary, List<Term>> terms = Map.of(
                Vocabulary.ROLE, List.of(
                        term(Vocabulary.ROLE, "mentor", "Mentor", "subject mentor", "teacher tutor"),
                        term(Vocabulary.ROLE, "link-tutor", "Link tutor", "visiting tutor"),
                        term(Vocabulary.ROLE, "ite-coordinator", "ITE coordinator", "professional tutor", "lead mentor",
                                "school coordinator"),
                        term(Vocabulary.ROLE, "link-teacher", "Link teacher"),
                        term(Vocabulary.ROLE, "researcher", "Researcher"),
                        term(Vocabulary.ROLE, "subject-tutor", "Subject tutor"),
                        term(Vocabulary.ROLE, "broker", "Partnership manager", "broker"),
                        term(Vocabulary.ROLE, "head-teacher", "Head teacher", "senior leader")),
                Vocabulary.ACTIVITY_TYPE, List.of(
                        term(Vocabulary.ACTIVITY_TYPE, "ite", "Initial teacher education", "ITT"),
                        term(Vocabulary.ACTIVITY_TYPE, "cpd", "Continuing professional development"),
                        term(Vocabulary.ACTIVITY_TYPE, "research", "Collaborative research and enquiry"),
                        term(Vocabulary.ACTIVITY_TYPE, "stem-outreach", "STEM outreach"),
                        term(Vocabulary.ACTIVITY_TYPE, "widening-participation", "Widening participation")),
                Vocabulary.SUBJECT, List.of(
                        term(Vocabulary.SUBJECT, "science", "Science"),
                        term(Vocabulary.SUBJECT, "mathematics", "Mathematics", "maths"),
                        term(Vocabulary.SUBJECT, "english", "English"),
                        term(Vocabulary.SUBJECT, "history", "History"),
                        term(Vocabulary.SUBJECT, "send", "SEND")),
                Vocabulary.PHASE, List.of(
                        term(Vocabulary.PHASE, "early-years", "Early years"),
                        term(Vocabulary.PHASE, "primary", "Primary"),
                        term(Vocabulary.PHASE, "secondary", "Secondary"),
                        term(Vocabulary.PHASE, "post-16", "Post-16"),
                        term(Vocabulary.PHASE, "he", "Higher education")),
                Vocabulary.REGION, regions(),
                Vocabulary.SECTOR, sectors());

        private static List<Term> regions() {
            List<Term> out = new ArrayList<>();
            for (Region r : Region.values()) {
                out.add(term(Vocabulary.REGION, r.code(), capitalise(r.code())));
            }
            return out;
        }

        private static List<Term> sectors() {
            List<Term> out = new ArrayList<>();
            for (Sector s : Sector.values()) {
                out.add(term(Vocabulary.SECTOR, s.code(), capitalise(s.code())));
            }
            return out;
        }

        private static String capitalise(String code) {
            String text = code.replace('-', ' ');
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private static Term term(Vocabulary vocabulary, String code, String label, String... synonyms) {
            return new Term(vocabulary, code, label, List.of(synonyms), false, null, 0);
        }

        @Override
        public List<Term> terms(Vocabulary vocabulary, Locale locale) {
            return terms.getOrDefault(vocabulary, List.of());
        }

        @Override
        public List<Term> allTerms(Vocabulary vocabulary, Locale locale) {
            return terms(vocabulary, locale);
        }

        @Override
        public Optional<Term> term(Vocabulary vocabulary, String code, Locale locale) {
            return terms(vocabulary, locale).stream().filter(t -> t.code().equals(code)).findFirst();
        }

        @Override
        public boolean isKnown(Vocabulary vocabulary, String code) {
            return term(vocabulary, code, Locale.ENGLISH).isPresent();
        }

        @Override
        public String current(Vocabulary vocabulary, String code) {
            if (!isKnown(vocabulary, code)) {
                throw new UnknownTermException(vocabulary, code, "Unknown " + vocabulary.code() + ": " + code);
            }
            return code;
        }

        @Override
        public void requireActive(Vocabulary vocabulary, Collection<String> codes) {
            codes.forEach(c -> current(vocabulary, c));
        }

        @Override
        public Set<Term> matching(Vocabulary vocabulary, String text, Locale locale) {
            String normalised = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
            Set<Term> out = new LinkedHashSet<>();
            for (Term term : terms(vocabulary, locale)) {
                List<String> names = new ArrayList<>(term.synonyms());
                names.add(term.label());
                for (String name : names) {
                    String n = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
                    if (normalised.contains(n)) {
                        out.add(term);
                        break;
                    }
                }
            }
            return out;
        }
    }

}
