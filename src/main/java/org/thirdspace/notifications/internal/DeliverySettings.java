package org.thirdspace.notifications.internal;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.notifications.Delivery;
import org.thirdspace.notifications.DigestFrequency;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.notifications.NotificationSettings;

/** Reads and writes any account's delivery choices (callers check who may). */
@Component
public class DeliverySettings {

    private final DeliverySettingRepository deliveries;
    private final DigestSettingRepository digests;

    DeliverySettings(DeliverySettingRepository deliveries, DigestSettingRepository digests) {
        this.deliveries = deliveries;
        this.digests = digests;
    }

    /** The account's choices, with every kind present (defaults filled in). */
    @Transactional(readOnly = true)
    public NotificationSettings of(long accountId) {
        Map<NotificationKind, Delivery> kinds = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            kinds.put(kind, kind.defaultDelivery());
        }
        deliveries.findByAccountId(accountId).forEach(s -> kinds.put(s.getKind(), s.getDelivery()));
        return new NotificationSettings(frequency(accountId), kinds);
    }

    /** How the account wants this kind delivered. */
    @Transactional(readOnly = true)
    public Delivery delivery(long accountId, NotificationKind kind) {
        return deliveries.findById(new DeliverySetting.Key(accountId, kind)).map(DeliverySetting::getDelivery)
                .orElse(kind.defaultDelivery());
    }

    @Transactional(readOnly = true)
    public DigestFrequency frequency(long accountId) {
        return digests.findById(accountId).map(DigestSetting::getFrequency).orElse(DigestFrequency.DAILY);
    }

    /** Sets one kind's delivery. */
    @Transactional
    public void set(long accountId, NotificationKind kind, Delivery delivery) {
        deliveries.findById(new DeliverySetting.Key(accountId, kind)).ifPresentOrElse(s -> s.setDelivery(delivery),
                () -> deliveries.save(new DeliverySetting(accountId, kind, delivery)));
    }

    /** Sets the digest frequency and the given kinds (kinds not in the map keep their choice). */
    @Transactional
    public void update(long accountId, DigestFrequency frequency, Map<NotificationKind, Delivery> kinds) {
        if (frequency != null) {
            digests.findById(accountId).ifPresentOrElse(d -> d.setFrequency(frequency),
                    () -> digests.save(new DigestSetting(accountId, frequency)));
        }
        kinds.forEach((kind, delivery) -> set(accountId, kind, delivery));
    }
}
