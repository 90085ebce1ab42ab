package org.thirdspace.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A faceted search as a browse view's URL carries it ({@code ?q=…&facet=a,b&page=2}): the text
 * (cut to a maximum), the facet values that are valid, the page (from 0; the URL counts from 1),
 * and what had to be dropped ({@code q}, {@code facet=value}, {@code page}) so the view can say so
 * and rewrite the address.
 */
public record FacetedQuery(String text, Map<String, Set<String>> filters, int page, List<String> dropped) {

    public static final String TEXT = "q";
    public static final String PAGE = "page";

    /**
     * @param normalise given a facet and a value, the value's URL form, or null when it is not one
     */
    public static FacetedQuery parse(Map<String, List<String>> params, List<String> facets, int maxText,
            BiFunction<String, String, String> normalise) {
        List<String> dropped = new ArrayList<>();
        String q = first(params, TEXT);
        String text = q == null ? "" : q.strip();
        if (text.length() > maxText) {
            dropped.add(TEXT);
            text = text.substring(0, maxText);
        }
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String facet : facets) {
            Set<String> values = new LinkedHashSet<>();
            for (String raw : params.getOrDefault(facet, List.of())) {
                for (String value : raw.split(",")) {
                    String normal = normalise.apply(facet, value.strip());
                    if (normal == null) {
                        if (!value.isBlank()) {
                            dropped.add(facet + "=" + value.strip());
                        }
                    } else {
                        values.add(normal);
                    }
                }
            }
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        int page = 0;
        String p = first(params, PAGE);
        if (p != null) {
            try {
                page = Math.max(0, Integer.parseInt(p.strip()) - 1);
            } catch (NumberFormatException e) {
                dropped.add(PAGE);
            }
        }
        return new FacetedQuery(text, filters, page, List.copyOf(dropped));
    }

    public static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
