package org.thirdspace.notifications.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DigestSettingRepository extends JpaRepository<DigestSetting, Long> {
}
