package org.thirdspace.casestudies;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wrote which case studies, for many at once (matching, issue 9): the creator, every author of
 * a revision and the named co-authors, in three queries whatever the number of case studies. No
 * visibility check of its own: pass ids the caller already got from {@link CaseStudySearch}.
 */
@Service
@Transactional(readOnly = true)
public class CaseStudyAuthorship {

    private final EntityManager em;

    CaseStudyAuthorship(EntityManager em) {
        this.em = em;
    }

    /** Case-study id to the ids of the people who wrote it (unknown ids absent). */
    public Map<Long, Set<Long>> authorsOf(Collection<Long> caseStudyIds) {
        Map<Long, Set<Long>> authors = new LinkedHashMap<>();
        if (caseStudyIds.isEmpty()) {
            return authors;
        }
        Set<Long> ids = Set.copyOf(caseStudyIds);
        add(authors, "select c.id, c.createdByPersonId from CaseStudy c where c.id in :ids", ids);
        add(authors, "select c.id, a from CaseStudy c join c.coAuthors a where c.id in :ids", ids);
        add(authors, "select distinct r.caseStudyId, r.authorPersonId from Revision r where r.caseStudyId in :ids",
                ids);
        return authors;
    }

    private void add(Map<Long, Set<Long>> into, String jpql, Set<Long> ids) {
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            into.computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeSet<>()).add(((Number) row[1]).longValue());
        }
    }
}
