package org.thirdspace.notifications.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliverySettingRepository extends JpaRepository<DeliverySetting, DeliverySetting.Key> {

    List<DeliverySetting> findByAccountId(long accountId);
}
