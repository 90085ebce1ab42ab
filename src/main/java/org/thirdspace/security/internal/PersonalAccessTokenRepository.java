package org.thirdspace.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonalAccessTokenRepository extends JpaRepository<PersonalAccessToken, Long> {

    Optional<PersonalAccessToken> findByTokenHash(String tokenHash);

    List<PersonalAccessToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);

    Optional<PersonalAccessToken> findByIdAndAccountId(Long id, Long accountId);
}
