package org.thirdspace.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.thirdspace.security.Role;

public interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

    Optional<Account> findByEmailKey(String emailKey);

    boolean existsByEmailKey(String emailKey);

    @Query("select count(a) from Account a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(Role role);

    @Query("select count(a) from Account a join a.roles r where r = :role")
    long countWithRole(Role role);

    @Query("select a.id from Account a where a.enabled = false")
    List<Long> findDisabledIds();
}
