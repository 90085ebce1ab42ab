package org.thirdspace.shared;

import java.time.Duration;
import java.util.List;

/**
 * A posting limit of the member's trust level refused a post ({@link PostingLimits}). The message
 * ({@code messageKey} with {@code args}, in the trust module's bundle) names the limit, what was
 * found and how to unlock it. {@code limit} is a stable code ({@code links}, {@code posts-per-hour},
 * {@code posts-per-day}, {@code attachments}); {@code retryAfter} is set for rate limits. APIs answer
 * 429 (with {@code Retry-After}) for rate limits and 400 otherwise.
 */
public class PostingLimitExceeded extends RuntimeException {

    private final String limit;
    private final int allowed;
    private final int found;
    private final String level;
    private final Duration retryAfter;
    private final String messageKey;
    private final List<Object> args;

    public PostingLimitExceeded(String limit, int allowed, int found, String level, Duration retryAfter,
            String messageKey, Object... args) {
        super(limit + ": " + found + " > " + allowed + " for " + level);
        this.limit = limit;
        this.allowed = allowed;
        this.found = found;
        this.level = level;
        this.retryAfter = retryAfter;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String limit() {
        return limit;
    }

    public int allowed() {
        return allowed;
    }

    public int found() {
        return found;
    }

    /** The member's trust level, e.g. {@code NEW}. */
    public String level() {
        return level;
    }

    /** How long until the member may post again (rate limits), else null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isRateLimit() {
        return retryAfter != null;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
