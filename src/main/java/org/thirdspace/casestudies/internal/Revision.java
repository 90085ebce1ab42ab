package org.thirdspace.casestudies.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import org.thirdspace.casestudies.AuthorshipVoice;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyRef;

/** One immutable revision of a case study: written once, never changed. */
@Entity
@Table(name = "case_study_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_study_id", nullable = false)
    private long caseStudyId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 1000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(length = 15)
    private AuthorshipVoice voice;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "author_person_id", nullable = false)
    private long authorPersonId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edit_summary", length = 300)
    private String editSummary;

    @Column(name = "based_on_number")
    private Integer basedOnNumber;

    @Column(name = "restored_from_number")
    private Integer restoredFromNumber;

    @ElementCollection
    @CollectionTable(name = "case_study_field", joinColumns = @JoinColumn(name = "revision_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "field", length = 40)
    @Column(name = "markdown", nullable = false, columnDefinition = "longtext")
    private Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);

    @ElementCollection
    @CollectionTable(name = "case_study_term", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<RevisionTerm> terms = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_study_ref", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<RevisionRef> refs = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_study_wikilink", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "target_key", nullable = false, length = 200)
    private Set<String> wikiLinks = new LinkedHashSet<>();

    protected Revision() {
    }

    public Revision(long caseStudyId, int number, String title, String summary, AuthorshipVoice voice, Long groupId,
            long authorPersonId, Instant createdAt, String editSummary, Integer basedOn, Integer restoredFrom,
            Map<CaseStudyField, String> fields, Set<RevisionTerm> terms, Set<RevisionRef> refs, Set<String> wikiLinks) {
        this.caseStudyId = caseStudyId;
        this.number = number;
        this.title = title;
        this.summary = summary;
        this.voice = voice;
        this.groupId = groupId;
        this.authorPersonId = authorPersonId;
        this.createdAt = createdAt;
        this.editSummary = editSummary;
        this.basedOnNumber = basedOn;
        this.restoredFromNumber = restoredFrom;
        this.fields.putAll(fields);
        this.terms.addAll(terms);
        this.refs.addAll(refs);
        this.wikiLinks.addAll(wikiLinks);
    }

    public Long id() {
        return id;
    }

    public long caseStudyId() {
        return caseStudyId;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public AuthorshipVoice voice() {
        return voice;
    }

    public Long groupId() {
        return groupId;
    }

    public long authorPersonId() {
        return authorPersonId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String editSummary() {
        return editSummary;
    }

    public Integer basedOnNumber() {
        return basedOnNumber;
    }

    public Integer restoredFromNumber() {
        return restoredFromNumber;
    }

    public Map<CaseStudyField, String> fields() {
        return fields;
    }

    public Set<RevisionTerm> terms() {
        return terms;
    }

    public Set<RevisionRef> refs() {
        return refs;
    }

    public Set<String> wikiLinks() {
        return wikiLinks;
    }

    /** Codes of one facet, sorted. */
    public Set<String> codes(String vocabulary) {
        return terms.stream().filter(t -> t.vocabulary().equals(vocabulary)).map(RevisionTerm::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<Long> refIds(CaseStudyRef.Kind kind) {
        return refs.stream().filter(r -> r.kind() == kind).map(RevisionRef::targetId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
