package org.thirdspace.gaps.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.thirdspace.gaps.GapFacet;
import org.thirdspace.gaps.GapStatus;

/** The board's filters as a JPA specification: statuses, facets (each an EXISTS) and text (LIKE, escaped). */
public final class GapSpecifications {

    private GapSpecifications() {
    }

    public static Specification<Gap> matching(String text, Set<GapStatus> statuses, Map<GapFacet, Set<String>> filters) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!statuses.isEmpty()) {
                where.add(root.get("status").in(statuses));
            }
            filters.forEach((facet, codes) -> {
                Subquery<Long> sub = query.subquery(Long.class);
                Root<Gap> other = sub.from(Gap.class);
                Join<Gap, Gap.FacetValue> value = other.join("facets");
                sub.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                        cb.equal(value.get("facet"), facet.parameter()), value.get("code").in(codes));
                where.add(cb.exists(sub));
            });
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("description")), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
