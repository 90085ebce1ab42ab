package org.thirdspace.glossary.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A glossary term as stored: the term, its unique key, the definition's Markdown and its synonyms. */
@Entity
@Table(name = "glossary_term")
public class GlossaryTermEntity {

    /** A vocabulary term that names the same thing. */
    @Embeddable
    public record VocabularyLink(@Column(name = "vocabulary", nullable = false, length = 40) String vocabulary,
            @Column(name = "code", nullable = false, length = 80) String code) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String term;

    @Column(name = "term_key", nullable = false, length = 120)
    private String termKey;

    @Column(nullable = false, length = 2000)
    private String definition;

    @ElementCollection
    @CollectionTable(name = "glossary_synonym", joinColumns = @JoinColumn(name = "term_id"))
    @OrderColumn(name = "position")
    @Column(name = "synonym", nullable = false, length = 120)
    private List<String> synonyms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "glossary_vocabulary_term", joinColumns = @JoinColumn(name = "term_id"))
    private Set<VocabularyLink> vocabularyTerms = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_account_id")
    private Long updatedByAccountId;

    @Version
    private long version;

    protected GlossaryTermEntity() {
    }

    public GlossaryTermEntity(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces every field with already validated values. */
    public void apply(String term, String termKey, String definition, List<String> synonyms,
            Set<VocabularyLink> vocabularyTerms, Long accountId, Instant now) {
        this.term = term;
        this.termKey = termKey;
        this.definition = definition;
        this.synonyms.clear();
        this.synonyms.addAll(synonyms);
        this.vocabularyTerms.clear();
        this.vocabularyTerms.addAll(vocabularyTerms);
        this.updatedByAccountId = accountId;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String term() {
        return term;
    }

    public String termKey() {
        return termKey;
    }

    public String definition() {
        return definition;
    }

    public List<String> synonyms() {
        return List.copyOf(synonyms);
    }

    public Set<VocabularyLink> vocabularyTerms() {
        return Set.copyOf(vocabularyTerms);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
