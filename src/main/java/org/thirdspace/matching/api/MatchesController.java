package org.thirdspace.matching.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.introductions.NeedIntroduction;
import org.thirdspace.matching.MatchCandidate;
import org.thirdspace.matching.MatchWeights;
import org.thirdspace.matching.MatchingException;
import org.thirdspace.matching.MatchingService;
import org.thirdspace.matching.NeedMatches;
import org.thirdspace.shared.RuleViolation.Kind;

/**
 * {@code GET /api/v1/needs/{id}/matches}: ranked candidates with reasons, the people already
 * partnered with the requester, related case studies and groups, and the weights used. Optional
 * parameters {@code text}, {@code facets}, {@code distance}, {@code availability},
 * {@code activity}, {@code connections} (numbers 0-10; defaults {@code thirdspace.matching.*})
 * and {@code size} (1 to {@code thirdspace.matching.max-size}). 404 for a need the caller may not
 * see, 403 for callers who may not see its matches, 400 naming the bad {@code parameter}.
 * {@code GET /api/v1/needs/{id}/introductions} lists the introductions sent for the need (same
 * access); {@code POST} with {@code {"personId": 12, "message": "..."}} sends one (brokers, 201;
 * 403 for others, 409 for a closed need or an open request already, 400 for a bad message).
 */
@RestController
class MatchesController {

    record ReasonJson(String code, String text) {
    }

    record CandidateJson(long personId, String name, String headline, String institution, double score,
            Double distanceKm, List<ReasonJson> reasons) {

        static CandidateJson of(MatchCandidate c) {
            return new CandidateJson(c.personId(), c.name(), c.headline(), c.institution(), c.score(), c.distanceKm(),
                    c.reasons().stream().map(r -> new ReasonJson(r.code(), r.text())).toList());
        }
    }

    record MatchesJson(long needId, List<CandidateJson> candidates, List<CandidateJson> alreadyPartnered,
            List<NeedMatches.RelatedCaseStudy> caseStudies, List<NeedMatches.RelatedGroup> groups,
            MatchWeights weights) {
    }

    record IntroductionJson(long id, long needId, long requesterId, String requesterName, long recipientId,
            String recipientName, long brokerId, String brokerName, String message, String status,
            String declineReason, java.time.Instant createdAt, java.time.Instant answeredAt) {

        static IntroductionJson of(NeedIntroduction i) {
            return new IntroductionJson(i.id(), i.needId(), i.requesterId(), i.requesterName(), i.recipientId(),
                    i.recipientName(), i.brokerId(), i.brokerName(), i.message(), i.status().name(), i.declineReason(),
                    i.createdAt(), i.answeredAt());
        }
    }

    /** The body of {@code POST /api/v1/needs/{id}/introductions}. */
    record IntroductionRequestJson(Long personId, String message) {
    }

    private final MatchingService matching;

    MatchesController(MatchingService matching) {
        this.matching = matching;
    }

    @GetMapping(path = "/api/v1/needs/{id}/matches", produces = MediaType.APPLICATION_JSON_VALUE)
    MatchesJson matches(@PathVariable long id, @RequestParam Map<String, String> params) {
        MatchWeights weights = matching.defaultWeights();
        for (String name : MatchWeights.NAMES) {
            String value = params.get(name);
            if (value != null) {
                weights = weights.with(name, number(name, value));
            }
        }
        int size = matching.defaultSize();
        if (params.containsKey("size")) {
            try {
                size = Integer.parseInt(params.get("size").strip());
            } catch (NumberFormatException e) {
                throw new MatchingException(Kind.INVALID, "size", "matching.error.size", matching.maxSize());
            }
        }
        NeedMatches result = matching.matches(id, weights, size);
        return new MatchesJson(result.needId(), result.candidates().stream().map(CandidateJson::of).toList(),
                result.alreadyPartnered().stream().map(CandidateJson::of).toList(), result.caseStudies(),
                result.groups(), result.weights());
    }

    /** Introductions sent for the need (same access as its matches), newest first. */
    @GetMapping(path = "/api/v1/needs/{id}/introductions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<IntroductionJson> introductions(@PathVariable long id) {
        return matching.introductions(id).stream().map(IntroductionJson::of).toList();
    }

    /** A broker introduces the need's author to {@code personId} with {@code message}: 201. */
    @PostMapping(path = "/api/v1/needs/{id}/introductions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IntroductionJson> introduce(@PathVariable long id, @RequestBody IntroductionRequestJson body) {
        if (body == null || body.personId() == null) {
            throw new MatchingException(Kind.INVALID, "personId", "matching.error.person-required");
        }
        NeedIntroduction sent = matching.sendIntroduction(id, body.personId(), body.message());
        return ResponseEntity.status(HttpStatus.CREATED).body(IntroductionJson.of(sent));
    }

    private static double number(String name, String value) {
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException(value);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new MatchingException(Kind.INVALID, name, "matching.error.weight", name, (int) MatchWeights.MIN,
                    (int) MatchWeights.MAX);
        }
    }
}
