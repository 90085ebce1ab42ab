package org.thirdspace.security.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: after {@code accountFailures} failed logins for one account, or {@code addressFailures}
 * from one client address, within {@code window}, further attempts are refused until the window has passed.
 */
@ConfigurationProperties("thirdspace.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int accountFailures,
                                      @DefaultValue("20") int addressFailures,
                                      @DefaultValue("15m") Duration window) {
}
