package org.thirdspace.people.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/** Paged id lists for re-indexing. */
@Component
public class PersonQueries {

    private final EntityManager em;

    PersonQueries(EntityManager em) {
        this.em = em;
    }

    public List<Long> ids(int offset, int limit) {
        return em.createQuery("select p.id from Person p order by p.id", Long.class)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(0, limit))
                .getResultList();
    }
}
