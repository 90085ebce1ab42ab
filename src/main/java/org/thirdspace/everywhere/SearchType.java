package org.thirdspace.everywhere;

import java.util.Optional;

/** The kinds of content search everywhere covers, in tab order, with the name used in URLs and JSON. */
public enum SearchType {
    PEOPLE("people"),
    GROUPS("groups"),
    CASE_STUDIES("case-studies"),
    TOPICS("topics"),
    COLLECTIONS("collections"),
    NEEDS("needs");

    private final String param;

    SearchType(String param) {
        this.param = param;
    }

    /** The name in {@code ?type=}, in JSON and in element ids ({@code search-tab-<param>}). */
    public String param() {
        return param;
    }

    /** The type named {@code param} (exactly, as {@link #param()} spells it), or empty. */
    public static Optional<SearchType> fromParam(String param) {
        for (SearchType type : values()) {
            if (type.param.equals(param)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
