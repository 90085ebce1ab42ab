package org.thirdspace.needs;

import org.thirdspace.vocabularies.Vocabulary;

/**
 * The facets of a need, each a vocabulary; {@link #parameter()} is the name in URLs and the API
 * ({@code activity}, {@code subject}, {@code phase}, {@code region}).
 */
public enum NeedFacet {
    ACTIVITY("activity", Vocabulary.ACTIVITY_TYPE),
    SUBJECT("subject", Vocabulary.SUBJECT),
    PHASE("phase", Vocabulary.PHASE),
    REGION("region", Vocabulary.REGION);

    private final String parameter;
    private final Vocabulary vocabulary;

    NeedFacet(String parameter, Vocabulary vocabulary) {
        this.parameter = parameter;
        this.vocabulary = vocabulary;
    }

    public String parameter() {
        return parameter;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public static NeedFacet fromParameter(String parameter) {
        for (NeedFacet f : values()) {
            if (f.parameter.equals(parameter)) {
                return f;
            }
        }
        return null;
    }
}
