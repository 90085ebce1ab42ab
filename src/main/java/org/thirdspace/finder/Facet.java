package org.thirdspace.finder;

import java.util.Optional;

import org.thirdspace.vocabularies.Vocabulary;

/** The filters of the finder; codes are the API's parameter names. */
public enum Facet {
    ROLE("role", Vocabulary.ROLE, "roles"),
    ACTIVITY("activity", Vocabulary.ACTIVITY_TYPE, "activities"),
    SUBJECT("subject", Vocabulary.SUBJECT, "subjects"),
    PHASE("phase", Vocabulary.PHASE, "phases"),
    REGION("region", Vocabulary.REGION, "regions"),
    SECTOR("sector", Vocabulary.SECTOR, "sectors"),
    /** Boundary spanners only: values {@code true} / {@code false}. */
    SPANNER("spanner", null, "boundary_spanner"),
    /** Open to new partnerships: values {@code true} / {@code false}. */
    AVAILABLE("available", null, "available");

    private final String param;
    private final Vocabulary vocabulary;
    private final String field;

    Facet(String param, Vocabulary vocabulary, String field) {
        this.param = param;
        this.vocabulary = vocabulary;
        this.field = field;
    }

    /** Name of the query parameter and of the facet in results. */
    public String param() {
        return param;
    }

    /** The vocabulary of its values; empty for the yes/no facets. */
    public Optional<Vocabulary> vocabulary() {
        return Optional.ofNullable(vocabulary);
    }

    /** Whether the values are {@code true} / {@code false}. */
    public boolean isBoolean() {
        return vocabulary == null;
    }

    /** The index field. */
    public String field() {
        return field;
    }

    public static Optional<Facet> fromParam(String param) {
        for (Facet facet : values()) {
            if (facet.param.equals(param)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }
}
