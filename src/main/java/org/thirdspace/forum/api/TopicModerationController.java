package org.thirdspace.forum.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumModeration;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.TopicDetails;

/**
 * Moderator tools on a topic, one action per request: pin, unpin, lock, unlock, close, reopen,
 * move, split, merge. Site moderators moderate every forum they may see, a group's facilitators
 * its forum; anyone else gets 403 (404 when they may not even see the topic).
 */
@RestController
@RequestMapping(path = TopicsController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Forums")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class TopicModerationController {

    /** The moderation actions (lower case in JSON). */
    enum Action { PIN, UNPIN, LOCK, UNLOCK, CLOSE, REOPEN, MOVE, SPLIT, MERGE }

    /**
     * One moderation action. {@code move}: the target forum ({@code categoryId} or {@code groupId});
     * {@code split}: {@code postIds} (replies of this topic), the new topic's {@code title} and
     * optionally its forum (default: this topic's); {@code merge}: {@code intoTopicId}, the topic
     * that survives.
     */
    record ModerationRequest(String action, Long categoryId, Long groupId, List<Long> postIds, String title,
            Long intoTopicId) {
    }

    private final ForumModeration moderation;
    private final ForumService forum;

    TopicModerationController(ForumModeration moderation, ForumService forum) {
        this.moderation = moderation;
        this.forum = forum;
    }

    @PostMapping(path = "/{id:[0-9]+}/moderation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pin, lock, close, move, split or merge a topic (moderators)",
            description = "{\"action\": \"pin\"} (also unpin, lock, unlock, close, reopen) answers the topic. "
                    + "{\"action\": \"move\", \"categoryId\": 3} or \"groupId\" moves it. {\"action\": \"split\", "
                    + "\"postIds\": [..], \"title\": \"..\"} (optionally with categoryId or groupId) moves those "
                    + "replies into a new topic and answers 201 with it; their old numbers redirect. {\"action\": "
                    + "\"merge\", \"intoTopicId\": 9} appends this topic's posts to topic 9 and answers it; this "
                    + "topic stays as a closed redirect.")
    ResponseEntity<TopicDetails> moderate(@PathVariable long id, @RequestBody(required = false) ModerationRequest body) {
        ModerationRequest r = body == null ? new ModerationRequest(null, null, null, null, null, null) : body;
        Action action = action(r.action());
        TopicDetails result = switch (action) {
            case PIN -> moderation.pin(id, true);
            case UNPIN -> moderation.pin(id, false);
            case LOCK -> moderation.lock(id, true);
            case UNLOCK -> moderation.lock(id, false);
            case CLOSE -> moderation.close(id, true);
            case REOPEN -> moderation.close(id, false);
            case MOVE -> {
                ForumKey target = target(r);
                if (target == null) {
                    throw ForumException.invalid("categoryId", "forum.api.error.target-required");
                }
                yield moderation.move(id, target);
            }
            case SPLIT -> {
                ForumKey target = target(r);
                if (target == null) {
                    target = forum.topic(id).summary().forum();
                }
                List<Long> postIds = r.postIds() == null ? List.of() : r.postIds();
                if (postIds.stream().anyMatch(java.util.Objects::isNull)) {
                    throw ForumException.invalid("postIds", "forum.api.error.bad-value", "postIds");
                }
                yield moderation.split(id, postIds, r.title(), target);
            }
            case MERGE -> {
                if (r.intoTopicId() == null) {
                    throw ForumException.invalid("intoTopicId", "forum.api.error.merge-target");
                }
                yield moderation.merge(id, r.intoTopicId());
            }
        };
        if (action == Action.SPLIT) {
            return ResponseEntity.created(URI.create(TopicsController.BASE + "/" + result.id())).body(result);
        }
        return ResponseEntity.ok(result);
    }

    private static Action action(String value) {
        if (value == null || value.isBlank()) {
            throw ForumException.invalid("action", "forum.api.error.action-required");
        }
        try {
            return Action.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ForumException.invalid("action", "forum.api.error.action", value.strip());
        }
    }

    private static ForumKey target(ModerationRequest r) {
        if (r.categoryId() != null && r.groupId() != null) {
            throw ForumException.invalid("groupId", "forum.api.error.one-forum");
        }
        if (r.categoryId() != null) {
            return ForumKey.category(r.categoryId());
        }
        return r.groupId() == null ? null : ForumKey.group(r.groupId());
    }
}
