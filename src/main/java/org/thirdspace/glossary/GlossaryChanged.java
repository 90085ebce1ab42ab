package org.thirdspace.glossary;

/** Published (inside the transaction) when a moderator created, changed or deleted a glossary term. */
public record GlossaryChanged(long termId) {
}
