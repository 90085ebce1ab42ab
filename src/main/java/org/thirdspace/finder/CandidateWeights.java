package org.thirdspace.finder;

/**
 * How much each part of a {@link CandidateQuery} counts (each 0 to {@link #MAX}; 0 switches a part
 * off): {@code text} multiplies the text relevance of the need's words, {@code facets} is the
 * score of one matching activity or subject (half for a phase), {@code distance} the score at the
 * need's place (decaying with distance; in full for people who work online when online is fine),
 * {@code availability} the score for being open to partnerships with enough capacity,
 * {@code activity} the score for being active today (decaying with time), {@code connections}
 * the score of one connection (a shared group, co-authored case studies).
 */
public record CandidateWeights(double text, double facets, double distance, double availability, double activity,
        double connections) {

    public static final double MAX = 10.0;
}
