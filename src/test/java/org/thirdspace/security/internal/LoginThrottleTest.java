package org.thirdspace.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final LoginThrottle throttle =
            new LoginThrottle(new LoginThrottleProperties(5, 20, Duration.ofMinutes(15)), clock);

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void blocksAnAccountAfterFiveFailuresUntilTheWindowHasPassed() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("jane@example.org", "10.0.0." + i);
            assertThat(throttle.blockedFor("jane@example.org", "10.0.0.99")).isEmpty();
        }
        throttle.failed("jane@example.org", "10.0.0.5");
        assertThat(throttle.blockedFor("jane@example.org", "10.0.0.99"))
                .hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15)));
        // other accounts from the same addresses go on
        assertThat(throttle.blockedFor("other@example.org", "10.0.0.1")).isEmpty();

        advance(Duration.ofMinutes(10));
        assertThat(throttle.blockedFor("jane@example.org", null))
                .hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5)));
        advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(throttle.blockedFor("jane@example.org", null)).isEmpty();
    }

    @Test
    void blocksAnAddressAfterTwentyFailuresAcrossAccounts() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.blockedFor("user" + i + "@example.org", "192.0.2.7")).isEmpty();
            throttle.failed("user" + i + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.blockedFor("fresh@example.org", "192.0.2.7")).isPresent();
        assertThat(throttle.blockedFor("fresh@example.org", "192.0.2.8")).isEmpty();
    }

    @Test
    void successForgetsTheAccountFailuresButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("jane@example.org", "198.51.100.1");
        }
        throttle.succeeded("jane@example.org");
        throttle.failed("jane@example.org", "198.51.100.1");
        assertThat(throttle.blockedFor("jane@example.org", null)).isEmpty();
    }

    @Test
    void evictsRefilledBuckets() {
        throttle.failed("jane@example.org", "203.0.113.1");
        assertThat(throttle.trackedKeys()).isEqualTo(2);
        throttle.evictIdle();
        assertThat(throttle.trackedKeys()).isEqualTo(2);
        advance(Duration.ofMinutes(16));
        throttle.evictIdle();
        assertThat(throttle.trackedKeys()).isZero();
    }

    @Test
    void throttledExceptionRoundsUpToWholeMinutes() {
        assertThat(new LoginThrottledException(Duration.ofSeconds(61)).retryAfterMinutes()).isEqualTo(2);
        assertThat(new LoginThrottledException(Duration.ofSeconds(60)).retryAfterMinutes()).isEqualTo(1);
        assertThat(new LoginThrottledException(Duration.ofMillis(10)).retryAfterSeconds()).isEqualTo(1);
    }
}
