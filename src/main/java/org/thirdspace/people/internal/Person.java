package org.thirdspace.people.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.thirdspace.people.Availability;
import org.thirdspace.people.ContactPreferences;
import org.thirdspace.people.Visibility;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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

    @Column(name = "bio_markdown", length = 8000)
    private String bioMarkdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility = Visibility.MEMBERS;

    @Column(name = "open_to_partnerships", nullable = false)
    private boolean openToPartnerships;

    private Integer capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_mode", nullable = false, length = 10)
    private Availability.Mode workMode = Availability.Mode.BOTH;

    @Column(name = "show_email", nullable = false)
    private boolean showEmail;

    @Column(name = "accept_introductions", nullable = false)
    private boolean acceptIntroductions = true;

    @Column(name = "contact_note", length = 500)
    private String contactNote;

    @ElementCollection
    @CollectionTable(name = "person_term", joinColumns = @JoinColumn(name = "person_id"))
    private Set<PersonTerm> terms = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "person_item", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    private List<PersonItem> items = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "last_active_at")
    private Instant lastActiveAt;

    /** When a moderator (or enough trusted flags) hid the profile pending review; null when shown. */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Version
    private long version;

    protected Person() {
    }

    public static Person forAccount(long accountId, String displayName, Instant now) {
        var person = new Person();
        person.accountId = accountId;
        person.displayName = displayName;
        person.createdAt = now;
        person.updatedAt = now;
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

    public String bioMarkdown() {
        return bioMarkdown;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Availability availability() {
        return new Availability(openToPartnerships, capacity, workMode);
    }

    public ContactPreferences contact() {
        return new ContactPreferences(showEmail, acceptIntroductions, contactNote);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant lastActiveAt() {
        return lastActiveAt;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    /** Hides the profile pending moderation ({@code when} not null) or shows it again (null). */
    public void hiddenAt(Instant when) {
        this.hiddenAt = when;
    }

    /** Codes of one vocabulary, sorted. */
    public Set<String> codes(String vocabulary) {
        return terms.stream().filter(t -> t.vocabulary().equals(vocabulary)).map(PersonTerm::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public List<String> items(PersonItem.Kind kind) {
        return items.stream().filter(i -> i.kind().equals(kind.name())).map(PersonItem::item).toList();
    }

    public void changeHeadline(String headline) {
        this.headline = blankToNull(headline);
    }

    public void changeDisplayName(String displayName) {
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName.strip();
        }
    }

    public void changeBio(String markdown) {
        this.bioMarkdown = blankToNull(markdown);
    }

    public void changeVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public void changeAvailability(Availability availability) {
        this.openToPartnerships = availability.openToPartnerships();
        this.capacity = availability.capacity();
        this.workMode = availability.mode() == null ? Availability.Mode.BOTH : availability.mode();
    }

    public void changeContact(ContactPreferences contact) {
        this.showEmail = contact.showEmail();
        this.acceptIntroductions = contact.acceptIntroductions();
        this.contactNote = blankToNull(contact.note());
    }

    /** Replaces the codes of one vocabulary. */
    public void replaceCodes(String vocabulary, Collection<String> codes) {
        terms.removeIf(t -> t.vocabulary().equals(vocabulary));
        codes.forEach(code -> terms.add(new PersonTerm(vocabulary, code)));
    }

    /** Replaces all free-text lists at once (they share one ordered collection). */
    public void replaceItems(List<String> topics, List<String> credentials, List<String> languages) {
        items.clear();
        topics.forEach(t -> items.add(new PersonItem(PersonItem.Kind.TOPIC, t)));
        credentials.forEach(c -> items.add(new PersonItem(PersonItem.Kind.CREDENTIAL, c)));
        languages.forEach(l -> items.add(new PersonItem(PersonItem.Kind.LANGUAGE, l)));
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void active(Instant now) {
        this.lastActiveAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
