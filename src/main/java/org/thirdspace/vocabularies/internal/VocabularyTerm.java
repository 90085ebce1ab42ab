package org.thirdspace.vocabularies.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One stored term of an editable or reference vocabulary. */
@Entity
@Table(name = "vocabulary_term")
public class VocabularyTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String vocabulary;

    @Column(nullable = false, length = 80)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "successor_code", length = 80)
    private String successorCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vocabulary_synonym", joinColumns = @JoinColumn(name = "term_id"))
    @Column(name = "synonym", nullable = false, length = 200)
    private List<String> synonyms = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected VocabularyTerm() {
    }

    public static VocabularyTerm added(String vocabulary, String code, String label, int sortOrder, Instant now) {
        var term = new VocabularyTerm();
        term.vocabulary = vocabulary;
        term.code = code;
        term.label = label;
        term.sortOrder = sortOrder;
        term.createdAt = now;
        term.updatedAt = now;
        return term;
    }

    public String vocabulary() {
        return vocabulary;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Built-in terms take their label from the message bundles until a moderator relabels them. */
    public boolean builtIn() {
        return builtIn;
    }

    public boolean retired() {
        return retired;
    }

    public String successorCode() {
        return successorCode;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public List<String> synonyms() {
        return List.copyOf(synonyms);
    }

    public long version() {
        return version;
    }

    public void relabel(String newLabel, Instant now) {
        label = newLabel;
        builtIn = false;
        updatedAt = now;
    }

    public boolean addSynonym(String synonym, Instant now) {
        if (synonyms.stream().anyMatch(s -> s.equalsIgnoreCase(synonym))) {
            return false;
        }
        synonyms.add(synonym);
        updatedAt = now;
        return true;
    }

    public boolean removeSynonym(String synonym, Instant now) {
        boolean removed = synonyms.removeIf(s -> s.equalsIgnoreCase(synonym));
        if (removed) {
            updatedAt = now;
        }
        return removed;
    }

    public void retire(String successor, Instant now) {
        retired = true;
        successorCode = successor;
        updatedAt = now;
    }

    public void moveTo(int position, Instant now) {
        if (sortOrder != position) {
            sortOrder = position;
            updatedAt = now;
        }
    }
}
