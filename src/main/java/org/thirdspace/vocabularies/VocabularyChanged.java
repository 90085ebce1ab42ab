package org.thirdspace.vocabularies;

/** Published (with the transaction) when a moderator changed the terms of a vocabulary. */
public record VocabularyChanged(Vocabulary vocabulary) {
}
