package org.thirdspace.vocabularies;

import java.util.List;

/**
 * One term of a vocabulary.
 *
 * @param vocabulary which vocabulary
 * @param code stable code (lower-case, hyphenated), never reused
 * @param label display label in the requested locale
 * @param synonyms other names people use for it (role names vary a lot between institutions)
 * @param retired whether it may no longer be chosen
 * @param successorCode for a retired term, the term that replaces it (may be null)
 * @param sortOrder position in lists
 */
public record Term(Vocabulary vocabulary, String code, String label, List<String> synonyms, boolean retired,
        String successorCode, int sortOrder) {

    public Term {
        synonyms = List.copyOf(synonyms);
    }
}
