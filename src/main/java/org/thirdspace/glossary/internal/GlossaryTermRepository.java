package org.thirdspace.glossary.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GlossaryTermRepository extends JpaRepository<GlossaryTermEntity, Long> {

    Optional<GlossaryTermEntity> findByTermKey(String termKey);

    @EntityGraph(attributePaths = {"synonyms", "vocabularyTerms"})
    List<GlossaryTermEntity> findAllByOrderByTermKeyAsc();
}
