package org.thirdspace.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdspace.curation.CollectionDetails;
import org.thirdspace.curation.CollectionItem;
import org.thirdspace.curation.CollectionItemAdded;
import org.thirdspace.curation.CurationService;
import org.thirdspace.introductions.Introduction;
import org.thirdspace.introductions.IntroductionAnswered;
import org.thirdspace.introductions.IntroductionRequested;
import org.thirdspace.introductions.IntroductionService;
import org.thirdspace.moderation.ModerationNotice;
import org.thirdspace.moderation.ModerationOutcome;
import org.thirdspace.moderation.ModerationService;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.notifications.internal.Recipients.Told;

/**
 * Moderation outcomes (to the content's author), introductions (the request to its recipient,
 * the answer to the requester) and new items in followed collections (to followers who may see
 * the item) to notifications.
 */
@Component
class OtherNotifications {

    /** Prefix of a message argument that is itself a message key, translated when shown. */
    static final String KEY = org.thirdspace.notifications.NotificationService.KEY_ARGUMENT;

    private final Recipients recipients;
    private final ModerationService moderation;
    private final IntroductionService introductions;
    private final CurationService curation;

    OtherNotifications(Recipients recipients, ModerationService moderation, IntroductionService introductions,
            CurationService curation) {
        this.recipients = recipients;
        this.moderation = moderation;
        this.introductions = introductions;
        this.curation = curation;
    }

    @ApplicationModuleListener
    void on(ModerationOutcome outcome) {
        String variant = outcome.outcome().name()
                + (outcome.automatic() && outcome.outcome() == org.thirdspace.moderation.ModerationActionType.HIDE ? "-auto" : "");
        recipients.accountOf(outcome.authorPersonId()).ifPresent(account -> recipients.tell(account,
                NotificationKind.FLAG_OUTCOME, variant, "notice:" + outcome.noticeId(), () -> {
                    ModerationNotice notice = moderation.myNotices().stream().filter(n -> n.id() == outcome.noticeId())
                            .findFirst().orElseThrow(Recipients.NotForThem::new);
                    return new Told("moderation/notices", KEY + "notifications.content." + notice.target().type());
                }));
    }

    @ApplicationModuleListener
    void on(IntroductionRequested requested) {
        recipients.accountOf(requested.recipientId()).ifPresent(account -> recipients.tell(account,
                NotificationKind.INTRODUCTION_REQUESTED, null, "introduction:" + requested.introductionId(),
                () -> new Told("introductions", mine(requested.introductionId()).requesterName())));
    }

    @ApplicationModuleListener
    void on(IntroductionAnswered answered) {
        recipients.accountOf(answered.requesterId()).ifPresent(account -> recipients.tell(account,
                NotificationKind.INTRODUCTION_ANSWERED, answered.accepted() ? "accepted" : "declined",
                "introduction-answer:" + answered.introductionId(),
                () -> new Told("introductions", mine(answered.introductionId()).recipientName())));
    }

    @ApplicationModuleListener
    void on(CollectionItemAdded added) {
        if (!added.published()) {
            return;
        }
        for (long account : curation.followerIds(added.collectionId())) {
            if (account == added.byAccountId()) {
                continue;
            }
            recipients.tell(account, NotificationKind.COLLECTION_ITEM_ADDED, null,
                    "collection-item:" + added.itemId(), () -> {
                        CollectionDetails collection = curation.require(added.collectionId());
                        CollectionItem item = collection.items().stream()
                                .filter(i -> i.id() == added.itemId() && i.available()).findFirst()
                                .orElseThrow(Recipients.NotForThem::new);
                        return new Told("collections/" + collection.slug(), item.title(), collection.title());
                    });
        }
    }

    private Introduction mine(long introductionId) {
        return introductions.mine().stream().filter(i -> i.id() == introductionId).findFirst()
                .orElseThrow(Recipients.NotForThem::new);
    }
}
