package org.thirdspace.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.thirdspace.notifications.Delivery;
import org.thirdspace.notifications.NotificationKind;

/** A member's delivery choice for one kind. */
@Entity
@Table(name = "notification_setting")
@IdClass(DeliverySetting.Key.class)
public class DeliverySetting {

    /** Primary key: account and kind. */
    public static class Key implements Serializable {
        private Long accountId;
        private NotificationKind kind;

        protected Key() {
        }

        public Key(long accountId, NotificationKind kind) {
            this.accountId = accountId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(accountId, k.accountId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, kind);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Delivery delivery;

    protected DeliverySetting() {
    }

    public DeliverySetting(long accountId, NotificationKind kind, Delivery delivery) {
        this.accountId = accountId;
        this.kind = kind;
        this.delivery = delivery;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }
}
