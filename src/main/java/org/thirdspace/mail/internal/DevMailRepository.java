package org.thirdspace.mail.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DevMailRepository extends JpaRepository<DevMail, Long> {

    Optional<DevMail> findFirstByRecipientIgnoreCaseOrderByIdDesc(String recipient);
}
