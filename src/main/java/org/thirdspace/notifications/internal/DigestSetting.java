package org.thirdspace.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.notifications.DigestFrequency;

/** A member's digest frequency. */
@Entity
@Table(name = "notification_digest_setting")
public class DigestSetting {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DigestFrequency frequency;

    protected DigestSetting() {
    }

    public DigestSetting(long accountId, DigestFrequency frequency) {
        this.accountId = accountId;
        this.frequency = frequency;
    }

    public DigestFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(DigestFrequency frequency) {
        this.frequency = frequency;
    }
}
