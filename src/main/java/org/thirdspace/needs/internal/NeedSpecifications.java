package org.thirdspace.needs.internal;

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
import org.thirdspace.needs.NeedFacet;
import org.thirdspace.needs.NeedStatus;

/**
 * The board's filters as a JPA specification: the reader's visibility, statuses, facets (each an
 * EXISTS) and text (escaped LIKE on title, description and "for whom").
 */
public final class NeedSpecifications {

    private NeedSpecifications() {
    }

    /**
     * Who reads: {@code privileged} (brokers, moderators, admins) see everything; others see needs
     * of private groups only when they belong to the group ({@code myGroupIds}) and closed needs
     * only when they wrote them ({@code me}) or belong to the group.
     */
    public record Reader(boolean privileged, Long me, Set<Long> myGroupIds) {
    }

    public static Specification<Need> matching(Reader reader, String text, Set<NeedStatus> statuses,
            Map<NeedFacet, Set<String>> filters) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!reader.privileged()) {
                Predicate inMyGroup = reader.myGroupIds().isEmpty() ? cb.disjunction()
                        : root.get("groupId").in(reader.myGroupIds());
                Predicate mine = reader.me() == null ? cb.disjunction()
                        : cb.equal(root.get("authorPersonId"), reader.me());
                where.add(cb.or(cb.isFalse(root.get("groupPrivate")), inMyGroup));
                where.add(cb.or(cb.notEqual(root.get("status"), NeedStatus.CLOSED), mine, inMyGroup));
            }
            if (!statuses.isEmpty()) {
                where.add(root.get("status").in(statuses));
            }
            filters.forEach((facet, codes) -> {
                Subquery<Long> sub = query.subquery(Long.class);
                Root<Need> other = sub.from(Need.class);
                Join<Need, Need.FacetValue> value = other.join("facets");
                sub.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                        cb.equal(value.get("facet"), facet.parameter()), value.get("code").in(codes));
                where.add(cb.exists(sub));
            });
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("description")), pattern, '\\'),
                        cb.like(cb.lower(root.get("forWhom")), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
