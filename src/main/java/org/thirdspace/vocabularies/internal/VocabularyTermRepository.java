package org.thirdspace.vocabularies.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VocabularyTermRepository extends JpaRepository<VocabularyTerm, Long> {

    List<VocabularyTerm> findByVocabularyOrderBySortOrderAscCodeAsc(String vocabulary);

    Optional<VocabularyTerm> findByVocabularyAndCode(String vocabulary, String code);

    boolean existsByVocabularyAndCode(String vocabulary, String code);
}
