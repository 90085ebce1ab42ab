package org.thirdspace.groups.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.util.MultiValueMap;
import org.thirdspace.groups.GroupException;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupSearchQuery;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.groups.Stage;
import org.thirdspace.shared.Region;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/**
 * Reads {@code GET /api/v1/groups} parameters into a {@link GroupSearchQuery}: {@code q}, facet
 * parameters {@code kind}, {@code activity}, {@code phase}, {@code region}, {@code stage},
 * {@code model} (repeated or comma-separated values are OR-ed), {@code page} and {@code size}.
 * Kinds, stages and model levels are accepted as enum names or codes in any case (model levels
 * also as 1 to 4); activities and phases must be vocabulary terms, regions region codes.
 * Anything else is an INVALID {@link GroupException} naming the parameter.
 */
final class GroupSearchParameters {

    static final int DEFAULT_SIZE = 20;
    static final Set<String> NAMES = Set.of("q", "kind", "activity", "phase", "region", "stage", "model", "page",
            "size");

    private GroupSearchParameters() {
    }

    static GroupSearchQuery parse(MultiValueMap<String, String> params, Vocabularies vocabularies) {
        String text = params.getFirst("q");
        Set<GroupKind> kinds = values(params, "kind", "kind", v -> GroupKind.valueOf(constant(v)));
        Set<Stage> stages = values(params, "stage", "stage", Stage::fromCode);
        Set<ModelLevel> models = values(params, "model", "model level", GroupSearchParameters::modelLevel);
        Set<String> activities = terms(params, "activity", Vocabulary.ACTIVITY_TYPE, vocabularies);
        Set<String> phases = terms(params, "phase", Vocabulary.PHASE, vocabularies);
        Set<String> regions = values(params, "region", "region", GroupSearchParameters::region);
        int page = number(params, "page", 0);
        int size = number(params, "size", DEFAULT_SIZE);
        return new GroupSearchQuery(text, kinds, activities, phases, regions, stages, models, page, size);
    }

    private static <T> Set<T> values(MultiValueMap<String, String> params, String name, String what,
            Function<String, T> parse) {
        Set<T> values = new LinkedHashSet<>();
        for (String value : split(params.get(name))) {
            try {
                values.add(parse.apply(value));
            } catch (IllegalArgumentException e) {
                throw GroupException.invalid(name, "groups.error.unknown-code", what, value);
            }
        }
        return values;
    }

    private static Set<String> terms(MultiValueMap<String, String> params, String name, Vocabulary vocabulary,
            Vocabularies vocabularies) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : split(params.get(name))) {
            String code = value.toLowerCase(Locale.ROOT);
            if (!vocabularies.isKnown(vocabulary, code)) {
                throw GroupException.invalid(name, "groups.error.unknown-code", name, value);
            }
            codes.add(code);
        }
        return codes;
    }

    private static List<String> split(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static int number(MultiValueMap<String, String> params, String name, int fallback) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw GroupException.invalid(name, "groups.api.error.number", name);
        }
    }

    static String constant(String value) {
        return value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    }

    static ModelLevel modelLevel(String value) {
        if (value.matches("[0-9]+")) {
            return ModelLevel.of(Integer.parseInt(value));
        }
        return ModelLevel.fromCode(value.toLowerCase(Locale.ROOT).equals(value) ? value : constant(value));
    }

    static String region(String value) {
        for (Region region : Region.values()) {
            if (region.code().equalsIgnoreCase(value) || region.name().equalsIgnoreCase(constant(value))) {
                return region.code();
            }
        }
        throw new IllegalArgumentException("Unknown region: " + value);
    }
}
