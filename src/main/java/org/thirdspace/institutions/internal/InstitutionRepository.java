package org.thirdspace.institutions.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InstitutionRepository extends JpaRepository<Institution, Long> {

    Page<Institution> findByNameContainingIgnoreCase(String name, Pageable page);

    Page<Institution> findByMergedIntoIsNull(Pageable page);

    List<Institution> findByParentIdAndMergedIntoIsNullOrderByNameAsc(long parentId);

    List<Institution> findByParentId(long parentId);

    List<Institution> findByMergedInto(long mergedInto);

    /** Database search by part of the name or an alias (used when the search index is unreachable). */
    @Query(value = "select distinct i from Institution i left join i.aliases a where i.mergedInto is null"
            + " and (lower(i.name) like :pattern or lower(a) like :pattern)",
            countQuery = "select count(distinct i) from Institution i left join i.aliases a where i.mergedInto is null"
                    + " and (lower(i.name) like :pattern or lower(a) like :pattern)")
    Page<Institution> searchByNameOrAlias(@Param("pattern") String lowerCasePattern, Pageable page);

    /** Name or alias starting with the prefix, or with a word starting with it. */
    @Query("select distinct i from Institution i left join i.aliases a where i.mergedInto is null"
            + " and (lower(i.name) like :start or lower(i.name) like :word or lower(a) like :start or lower(a) like :word)")
    List<Institution> suggestByNameOrAlias(@Param("start") String start, @Param("word") String word, Pageable page);

    @Query("select i.id from Institution i where i.mergedInto is null order by i.id")
    List<Long> activeIds();
}
