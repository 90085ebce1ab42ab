package org.thirdspace.matching;

import org.thirdspace.finder.CandidateWeights;

/**
 * The weighting of one match search, each from 0 to {@value #MAX} (see {@link CandidateWeights}
 * for what each one scores). Parameter names in the API and the UI: {@code text}, {@code facets},
 * {@code distance}, {@code availability}, {@code activity}, {@code connections}.
 */
public record MatchWeights(double text, double facets, double distance, double availability, double activity,
        double connections) {

    public static final double MIN = 0;
    public static final double MAX = CandidateWeights.MAX;

    /** A copy with one weight changed by its parameter name (unknown names change nothing). */
    public MatchWeights with(String name, double value) {
        return switch (name) {
            case "text" -> new MatchWeights(value, facets, distance, availability, activity, connections);
            case "facets" -> new MatchWeights(text, value, distance, availability, activity, connections);
            case "distance" -> new MatchWeights(text, facets, value, availability, activity, connections);
            case "availability" -> new MatchWeights(text, facets, distance, value, activity, connections);
            case "activity" -> new MatchWeights(text, facets, distance, availability, value, connections);
            case "connections" -> new MatchWeights(text, facets, distance, availability, activity, value);
            default -> this;
        };
    }

    /** The weight of a parameter name. */
    public double get(String name) {
        return switch (name) {
            case "text" -> text;
            case "facets" -> facets;
            case "distance" -> distance;
            case "availability" -> availability;
            case "activity" -> activity;
            case "connections" -> connections;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The parameter names, in display order. */
    public static final java.util.List<String> NAMES = java.util.List.of("text", "facets", "distance", "availability",
            "activity", "connections");

    CandidateWeights toCandidateWeights() {
        return new CandidateWeights(text, facets, distance, availability, activity, connections);
    }
}
