package org.thirdspace.trust.api;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.trust.TrustLevel;
import org.thirdspace.trust.TrustProgress;
import org.thirdspace.trust.TrustService;

/**
 * {@code /api/v1/trust}: a member's trust level and progress (the member themself, or
 * moderators), and moderators' locks.
 */
@RestController
@RequestMapping("/api/v1/trust")
class TrustController {

    /** The body of a lock: the level to hold and why. */
    record LockRequest(TrustLevel level, String reason) {
    }

    private final TrustService trust;

    TrustController(TrustService trust) {
        this.trust = trust;
    }

    @GetMapping("/me")
    TrustProgress mine() {
        return trust.myProgress();
    }

    @GetMapping("/{accountId}")
    TrustProgress progress(@PathVariable long accountId) {
        return trust.progress(accountId);
    }

    @PutMapping("/{accountId}/lock")
    TrustProgress lock(@PathVariable long accountId, @RequestBody LockRequest request) {
        return trust.lock(accountId, request.level(), request.reason());
    }

    @DeleteMapping("/{accountId}/lock")
    TrustProgress unlock(@PathVariable long accountId, @RequestParam(required = false) String reason) {
        return trust.unlock(accountId, reason);
    }
}
