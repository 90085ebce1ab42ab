package org.thirdspace.gaps;

import org.thirdspace.vocabularies.Vocabulary;

/**
 * The facets a gap may be tagged with, each a vocabulary; {@link #parameter()} is the name in URLs
 * and the API ({@code sector}, {@code phase}, {@code region}, {@code activity}, {@code subject}).
 */
public enum GapFacet {
    SECTOR("sector", Vocabulary.SECTOR),
    PHASE("phase", Vocabulary.PHASE),
    REGION("region", Vocabulary.REGION),
    ACTIVITY("activity", Vocabulary.ACTIVITY_TYPE),
    SUBJECT("subject", Vocabulary.SUBJECT);

    private final String parameter;
    private final Vocabulary vocabulary;

    GapFacet(String parameter, Vocabulary vocabulary) {
        this.parameter = parameter;
        this.vocabulary = vocabulary;
    }

    public String parameter() {
        return parameter;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public static GapFacet fromParameter(String parameter) {
        for (GapFacet f : values()) {
            if (f.parameter.equals(parameter)) {
                return f;
            }
        }
        return null;
    }
}
