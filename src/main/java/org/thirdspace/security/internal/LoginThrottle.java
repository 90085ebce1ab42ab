package org.thirdspace.security.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Counts failed logins per account and per client address in in-memory token buckets (bucket4j). Each failure
 * takes a token; an empty bucket blocks every attempt, with the right password too, until the bucket refills
 * at the end of the window. One node only: see docs/adr/0004.
 */
public class LoginThrottle {

    private final LoginThrottleProperties limits;
    private final TimeMeter time;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(LoginThrottleProperties limits, TimeMeter time) {
        this.limits = limits;
        this.time = time;
    }

    public LoginThrottle(LoginThrottleProperties limits) {
        this(limits, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** How long attempts for this account or from this address are blocked; empty when they may go on. */
    public Optional<Duration> blockedFor(String accountKey, String address) {
        long nanos = Math.max(wait(accounts, accountKey), wait(addresses, address));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    public void failed(String accountKey, String address) {
        if (accountKey != null) {
            accounts.computeIfAbsent(accountKey, k -> bucket(limits.accountFailures())).tryConsume(1);
        }
        if (address != null) {
            addresses.computeIfAbsent(address, k -> bucket(limits.addressFailures())).tryConsume(1);
        }
    }

    /** A successful login forgets the account's failures (the address keeps its count). */
    public void succeeded(String accountKey) {
        if (accountKey != null) {
            accounts.remove(accountKey);
        }
    }

    /** Drops buckets that have refilled completely, so memory does not grow with every guessed name. */
    @Scheduled(fixedDelayString = "PT5M")
    public void evictIdle() {
        accounts.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= limits.accountFailures());
        addresses.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= limits.addressFailures());
    }

    int trackedKeys() {
        return accounts.size() + addresses.size();
    }

    private long wait(Map<String, Bucket> buckets, String key) {
        if (key == null) {
            return 0;
        }
        Bucket bucket = buckets.get(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(capacity).refillIntervally(capacity, limits.window()))
                .withCustomTimePrecision(time)
                .build();
    }
}
