package org.thirdspace.mail.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "dev_mail")
public class DevMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    // TEXT on MySQL/MariaDB (validated by name), a large VARCHAR on H2 (validated by type)
    @Column(name = "text_body", nullable = false, columnDefinition = "text")
    private String textBody;

    @Column(name = "html_body", columnDefinition = "text")
    private String htmlBody;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DevMail() {
    }

    public DevMail(String recipient, String subject, String textBody, String htmlBody, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
