package org.thirdspace.casestudies.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.util.MultiValueMap;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.CaseStudySearchQuery;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.shared.Region;
import org.thirdspace.shared.Sector;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Reads {@code GET /api/v1/case-studies} parameters into a {@link CaseStudySearchQuery}: {@code q},
 * the facets {@code activity}, {@code sector}, {@code phase}, {@code region}, {@code model} (1 to 4
 * or the model's code) and {@code evidence} (evidence strength), repeated or comma-separated
 * (values OR-ed), {@code goodPractice} ({@code true}: only case studies with the curation badge), {@code group} (a home group id), {@code page} (from 0) and {@code size} (1 to
 * 100, default 20). An unknown code or a bad number is an INVALID {@link CaseStudyException}
 * naming the parameter.
 */
final class CaseStudySearchParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 500;

    private CaseStudySearchParameters() {
    }

    static CaseStudySearchQuery parse(MultiValueMap<String, String> params, Vocabularies vocabularies) {
        String text = params.getFirst("q");
        if (text != null && text.length() > MAX_TEXT) {
            throw CaseStudyException.invalid("q", "casestudies.api.error.text", MAX_TEXT);
        }
        Set<String> activities = terms(params, "activity", Vocabulary.ACTIVITY_TYPE, vocabularies);
        Set<String> phases = terms(params, "phase", Vocabulary.PHASE, vocabularies);
        Set<String> evidence = terms(params, "evidence", Vocabulary.EVIDENCE_STRENGTH, vocabularies);
        Set<String> sectors = values(params, "sector", v -> Sector.fromCode(v.toLowerCase(Locale.ROOT)).code());
        Set<String> regions = values(params, "region", CaseStudySearchParameters::region);
        Set<Integer> models = values(params, "model", CaseStudySearchParameters::modelLevel);
        Long group = params.getFirst("group") == null || params.getFirst("group").isBlank() ? null
                : (long) number(params, "group", 0, 1, Integer.MAX_VALUE);
        int page = number(params, "page", 0, 0, 10_000);
        int size = number(params, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        String goodPractice = params.getFirst("goodPractice");
        boolean onlyGoodPractice = false;
        if (goodPractice != null && !goodPractice.isBlank()) {
            switch (goodPractice.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> onlyGoodPractice = true;
                case "false" -> onlyGoodPractice = false;
                default -> throw CaseStudyException.invalid("goodPractice", "casestudies.api.error.unknown-code",
                        "goodPractice", goodPractice);
            }
        }
        return new CaseStudySearchQuery(text == null || text.isBlank() ? null : text.strip(), activities, sectors,
                phases, regions, models, evidence, group, page, size, onlyGoodPractice);
    }

    private static <T> Set<T> values(MultiValueMap<String, String> params, String name, Function<String, T> parse) {
        Set<T> values = new LinkedHashSet<>();
        for (String value : split(params.get(name))) {
            try {
                values.add(parse.apply(value));
            } catch (IllegalArgumentException e) {
                throw CaseStudyException.invalid(name, "casestudies.api.error.unknown-code", name, value);
            }
        }
        return values;
    }

    private static Set<String> terms(MultiValueMap<String, String> params, String name, Vocabulary vocabulary,
            Vocabularies vocabularies) {
        return values(params, name, value -> {
            String code = value.toLowerCase(Locale.ROOT);
            if (!vocabularies.isKnown(vocabulary, code)) {
                throw new IllegalArgumentException(value);
            }
            return code;
        });
    }

    private static List<String> split(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .toList();
    }

    private static int number(MultiValueMap<String, String> params, String name, int fallback, int min, int max) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw CaseStudyException.invalid(name, "casestudies.api.error.number", name);
        }
        if (n < min || n > max) {
            throw CaseStudyException.invalid(name, "casestudies.api.error.range", name, min, max);
        }
        return n;
    }

    static int modelLevel(String value) {
        if (value.matches("[0-9]+")) {
            return ModelLevel.of(Integer.parseInt(value)).level();
        }
        return ModelLevel.fromCode(value.toLowerCase(Locale.ROOT)).level();
    }

    static String region(String value) {
        for (Region region : Region.values()) {
            if (region.code().equalsIgnoreCase(value) || region.name().equalsIgnoreCase(value.replace('-', '_'))) {
                return region.code();
            }
        }
        throw new IllegalArgumentException("Unknown region: " + value);
    }
}
