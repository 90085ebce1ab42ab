package org.thirdspace.notifications;

/**
 * What a notification is about. Each kind has the delivery a member gets until they choose
 * otherwise: direct things (a mention, an introduction, a handover, a review request) are emailed
 * at once, everything else goes into the digest.
 */
public enum NotificationKind {
    TOPIC_REPLY(Delivery.DIGEST),
    MENTION(Delivery.IMMEDIATE),
    ANSWER_ACCEPTED(Delivery.DIGEST),
    JOIN_REQUEST(Delivery.DIGEST),
    JOIN_REQUEST_ANSWERED(Delivery.DIGEST),
    SEAT_ASSIGNED(Delivery.DIGEST),
    HANDOVER_ASSIGNED(Delivery.IMMEDIATE),
    HANDOVER_OVERDUE(Delivery.IMMEDIATE),
    REVIEW_REQUESTED(Delivery.IMMEDIATE),
    CASE_STUDY_APPROVED(Delivery.DIGEST),
    CASE_STUDY_CHANGES_REQUESTED(Delivery.DIGEST),
    FLAG_OUTCOME(Delivery.DIGEST),
    INTRODUCTION_REQUESTED(Delivery.IMMEDIATE),
    INTRODUCTION_ANSWERED(Delivery.IMMEDIATE),
    COLLECTION_ITEM_ADDED(Delivery.DIGEST),
    NEED_UNANSWERED(Delivery.IMMEDIATE);

    private final Delivery defaultDelivery;

    NotificationKind(Delivery defaultDelivery) {
        this.defaultDelivery = defaultDelivery;
    }

    /** How this kind is delivered to a member who has not chosen. */
    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    /** Message key of the kind's label (settings page, digest headings). */
    public String labelKey() {
        return "notifications.kind." + name() + ".label";
    }

    /** Message key of a notification's text; its arguments are the notification's {@code args}. */
    public String messageKey() {
        return "notifications.kind." + name() + ".message";
    }

    /** Message key of one of the kind's texts ({@code variant} null: the kind's only one). */
    public String messageKey(String variant) {
        return variant == null ? messageKey() : messageKey() + "." + variant;
    }
}
