package org.thirdspace.everywhere;

/**
 * A search everywhere: the text, optionally one type (null: a few hits of every type), and the page
 * of hits of that type ({@code page} from 0, {@code size} 1 to {@value SearchEverywhere#MAX_SIZE};
 * without a type {@code size} is the number of hits per type, at most
 * {@value SearchEverywhere#MAX_PREVIEW}, and {@code page} must be 0). Checked by
 * {@link SearchEverywhere#search}.
 */
public record EverywhereQuery(String text, SearchType type, int page, int size) {

    public EverywhereQuery {
        text = text == null ? "" : text.strip();
    }

    /** All types, {@value SearchEverywhere#DEFAULT_PREVIEW} hits each. */
    public static EverywhereQuery of(String text) {
        return new EverywhereQuery(text, null, 0, SearchEverywhere.DEFAULT_PREVIEW);
    }

    /** The first page of one type. */
    public static EverywhereQuery of(String text, SearchType type) {
        return new EverywhereQuery(text, type, 0, SearchEverywhere.DEFAULT_SIZE);
    }
}
