package org.thirdspace.curation;

/**
 * An item to add: a published case study or a site-wide forum topic ({@code targetId}), or an
 * external resource ({@code url}, http or https, and {@code title}); always a curator's note
 * (1–2,000 characters, Markdown). Group-forum topics are refused: a published collection is public
 * to every member, so a private group's content could leak.
 */
public record NewCollectionItem(ItemKind kind, Long targetId, String url, String title, String note) {

    public static NewCollectionItem caseStudy(long id, String note) {
        return new NewCollectionItem(ItemKind.CASE_STUDY, id, null, null, note);
    }

    public static NewCollectionItem topic(long id, String note) {
        return new NewCollectionItem(ItemKind.FORUM_TOPIC, id, null, null, note);
    }

    public static NewCollectionItem external(String url, String title, String note) {
        return new NewCollectionItem(ItemKind.EXTERNAL, null, url, title, note);
    }
}
