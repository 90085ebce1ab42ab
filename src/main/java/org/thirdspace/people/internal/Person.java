package org.thirdspace.people.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", unique = true)
    private Long accountId;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 200)
    private String headline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    public static Person forAccount(long accountId, String displayName, Instant now) {
        var person = new Person();
        person.accountId = accountId;
        person.displayName = displayName;
        person.createdAt = now;
        return person;
    }

    public long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public String headline() {
        return headline;
    }

    public void changeHeadline(String headline) {
        this.headline = headline == null || headline.isBlank() ? null : headline.strip();
    }
}
