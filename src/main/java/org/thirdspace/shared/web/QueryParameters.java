package org.thirdspace.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.util.MultiValueMap;

/**
 * Reading list query parameters the same way in every API: a parameter may be repeated or hold
 * comma-separated values ({@code ?region=london,north-east&region=south-west}); blanks are ignored.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Every value of {@code name}, repeated or comma-separated, stripped, blanks left out. */
    public static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> out = new ArrayList<>();
        for (String raw : params.getOrDefault(name, List.of())) {
            for (String v : raw.split(",")) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }

    /** The first value of {@code name}, or null. */
    public static String single(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /**
     * The first value of {@code name} as a whole number, {@code fallback} when absent or blank;
     * {@code notANumber} makes the feature's own error (given the parameter name) otherwise.
     */
    public static int integer(MultiValueMap<String, String> params, String name, int fallback,
            Function<String, ? extends RuntimeException> notANumber) {
        String value = single(params, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw notANumber.apply(name);
        }
    }
}
