package org.thirdspace.finder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thirdspace.shared.GeoPoint;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * The query-string form of a {@link FinderQuery}, shared by {@code GET /api/v1/people} and the
 * finder view's URL: {@code q, role, activity, subject, phase, region, sector, spanner, available,
 * near=lat,lon, withinKm, sort, page, size} (facet parameters may repeat). Parsing validates
 * everything and throws {@link InvalidFinderParameterException} naming the first bad parameter.
 */
@Component
public class FinderParameters {

    public static final String Q = "q";
    public static final String NEAR = "near";
    public static final String WITHIN_KM = "withinKm";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    private static final double MAX_KM = 2000;

    private final Vocabularies vocabularies;

    FinderParameters(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    public FinderQuery parse(Map<String, List<String>> params) {
        String text = first(params, Q);
        if (text != null && text.length() > 200) {
            throw new InvalidFinderParameterException(Q, "q must be at most 200 characters");
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of());
            Set<String> codes = new LinkedHashSet<>();
            for (String raw : values) {
                for (String value : raw.split(",")) {
                    String code = value.strip();
                    if (code.isEmpty()) {
                        continue;
                    }
                    if (facet.isBoolean()) {
                        code = code.toLowerCase(Locale.ROOT);
                        if (!code.equals("true") && !code.equals("false")) {
                            throw new InvalidFinderParameterException(facet.param(),
                                    facet.param() + " must be true or false, not '" + value + "'");
                        }
                    } else if (!vocabularies.isKnown(facet.vocabulary().orElseThrow(), code)) {
                        throw new InvalidFinderParameterException(facet.param(),
                                "'" + code + "' is not a known " + facet.param() + " code");
                    }
                    codes.add(code);
                }
            }
            if (!codes.isEmpty()) {
                filters.put(facet, codes);
            }
        }
        GeoPoint near = near(first(params, NEAR));
        Double withinKm = null;
        String within = first(params, WITHIN_KM);
        if (within != null && !within.isBlank()) {
            if (near == null) {
                throw new InvalidFinderParameterException(WITHIN_KM, "withinKm needs near=lat,lon");
            }
            withinKm = number(WITHIN_KM, within);
            if (!(withinKm > 0) || withinKm > MAX_KM) {
                throw new InvalidFinderParameterException(WITHIN_KM, "withinKm must be above 0 and at most " + (int) MAX_KM);
            }
        }
        FinderQuery.Sort sort = FinderQuery.Sort.RELEVANCE;
        String sortParam = first(params, SORT);
        if (sortParam != null && !sortParam.isBlank()) {
            sort = FinderQuery.Sort.fromParam(sortParam.strip()).orElseThrow(() -> new InvalidFinderParameterException(SORT,
                    "sort must be relevance, recent or distance, not '" + sortParam + "'"));
            if (sort == FinderQuery.Sort.DISTANCE && near == null) {
                throw new InvalidFinderParameterException(SORT, "sort=distance needs near=lat,lon");
            }
        }
        int page = integer(params, PAGE, 0);
        if (page < 0 || page > 10_000) {
            throw new InvalidFinderParameterException(PAGE, "page must be between 0 and 10000");
        }
        int size = integer(params, SIZE, FinderQuery.DEFAULT_SIZE);
        if (size < 1 || size > FinderQuery.MAX_SIZE) {
            throw new InvalidFinderParameterException(SIZE, "size must be between 1 and " + FinderQuery.MAX_SIZE);
        }
        if ((long) page * size > 10_000 - size) {
            throw new InvalidFinderParameterException(PAGE, "page * size must stay below 10000; narrow the search instead");
        }
        return new FinderQuery(text, filters, near, withinKm, sort, page, size);
    }

    /** The parameters of a query (only those that differ from the defaults). */
    public Map<String, List<String>> toParameters(FinderQuery query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!query.text().isBlank()) {
            params.put(Q, List.of(query.text()));
        }
        for (Facet facet : Facet.values()) {
            Set<String> values = query.values(facet);
            if (!values.isEmpty()) {
                params.put(facet.param(), values.stream().sorted().toList());
            }
        }
        if (query.near() != null) {
            params.put(NEAR, List.of(format(query.near().latitude()) + "," + format(query.near().longitude())));
        }
        if (query.withinKm() != null) {
            params.put(WITHIN_KM, List.of(format(query.withinKm())));
        }
        if (query.sort() != FinderQuery.Sort.RELEVANCE) {
            params.put(SORT, List.of(query.sort().param()));
        }
        if (query.page() > 0) {
            params.put(PAGE, List.of(Integer.toString(query.page())));
        }
        if (query.size() != FinderQuery.DEFAULT_SIZE) {
            params.put(SIZE, List.of(Integer.toString(query.size())));
        }
        return params;
    }

    private static String format(double value) {
        String s = String.format(Locale.ROOT, "%.5f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static GeoPoint near(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 2) {
            throw new InvalidFinderParameterException(NEAR, "near must be lat,lon, e.g. near=51.5072,-0.1276");
        }
        double lat = number(NEAR, parts[0]);
        double lon = number(NEAR, parts[1]);
        try {
            return new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw new InvalidFinderParameterException(NEAR, "near: " + e.getMessage());
        }
    }

    private static double number(String param, String value) {
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidFinderParameterException(param, param + " must be a number, not '" + value + "'");
        }
    }

    private static int integer(Map<String, List<String>> params, String param, int fallback) {
        String value = first(params, param);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFinderParameterException(param, param + " must be a whole number, not '" + value + "'");
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidFinderParameterException(name, name + " may only be given once");
        }
        return values.getFirst();
    }

    /** Copies a multi-valued map (e.g. Spring's or Vaadin's) into plain lists. */
    public static Map<String, List<String>> copy(Map<String, ? extends List<String>> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }
}
