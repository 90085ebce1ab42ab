package org.thirdspace.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.thirdspace.notifications.NotificationKind;

/** A notification row: its text is rendered from the kind's message key and the stored arguments. */
@Entity
@Table(name = "notification")
public class StoredNotification {

    static final String SEPARATOR = "\u001f";
    static final int MAX_ARG = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(nullable = false, length = 2000)
    private String args;

    @Column(length = 20)
    private String variant;

    @Column(nullable = false, length = 500)
    private String link;

    @Column(name = "source_key", nullable = false, length = 120)
    private String sourceKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected StoredNotification() {
    }

    public StoredNotification(long accountId, NotificationKind kind, String variant, String sourceKey, String link,
            List<String> args, Instant now) {
        this.accountId = accountId;
        this.kind = kind;
        this.variant = variant;
        this.sourceKey = sourceKey;
        this.link = link;
        this.args = args.stream().map(StoredNotification::clean).collect(Collectors.joining(SEPARATOR));
        this.createdAt = now;
    }

    private static String clean(String arg) {
        String text = arg == null ? "" : arg.replace(SEPARATOR, " ").strip();
        return text.length() > MAX_ARG ? text.substring(0, MAX_ARG - 1) + "…" : text;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Object[] getArgs() {
        return args.isEmpty() ? new Object[0] : Arrays.stream(args.split(SEPARATOR, -1)).toArray();
    }

    /** The message key of this notification's text. */
    public String messageKey() {
        return kind.messageKey(variant);
    }

    public String getVariant() {
        return variant;
    }

    public String getLink() {
        return link;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
