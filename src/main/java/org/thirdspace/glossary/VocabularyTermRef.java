package org.thirdspace.glossary;

/**
 * A vocabulary term linked to a glossary term: the vocabulary's code ({@code role},
 * {@code activity}, ...) and the term's code; {@code label} is filled in answers (null in requests).
 */
public record VocabularyTermRef(String vocabulary, String code, String label) {

    public static VocabularyTermRef of(String vocabulary, String code) {
        return new VocabularyTermRef(vocabulary, code, null);
    }
}
