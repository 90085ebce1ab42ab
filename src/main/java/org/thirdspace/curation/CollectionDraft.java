package org.thirdspace.curation;

/** Title (1–160), purpose (1–500) and the curator's introduction (Markdown, up to 20,000) of a new collection. */
public record CollectionDraft(String title, String purpose, String introduction) {
}
