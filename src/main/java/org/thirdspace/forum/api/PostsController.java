package org.thirdspace.forum.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.PostEdit;
import org.thirdspace.forum.PostVersion;

/**
 * Single posts: read, edit (the old version goes to the history), remove with a reason and
 * restore, the edit history, "helpful" reactions and quoting. A post the caller may not see
 * answers 404 like an unknown one.
 */
@RestController
@RequestMapping(path = PostsController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Forums")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class PostsController {

    static final String BASE = "/api/v1/posts";
    static final String HELPFUL = "helpful";

    /**
     * An edit ({@code markdown}, optionally {@code basedOnRevision} and an edit note
     * {@code reason}), a removal ({@code removed: true} with a {@code reason}) or a restore
     * ({@code removed: false}, moderators).
     */
    record PostPatch(String markdown, Integer basedOnRevision, String reason, Boolean removed) {
    }

    record ReactionRequest(String kind) {
    }

    record QuoteJson(String markdown) {
    }

    private final ForumService forum;

    PostsController(ForumService forum) {
        this.forum = forum;
    }

    @GetMapping("/{id:[0-9]+}")
    @Operation(summary = "One post as the caller may see it (a removed post keeps its place without text)")
    Post post(@PathVariable long id) {
        return forum.post(id);
    }

    @PatchMapping(path = "/{id:[0-9]+}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Edit, remove or restore a post",
            description = "Edit (its author while the topic is open, or a moderator): {\"markdown\": \"..\", "
                    + "\"basedOnRevision\": <revisionCount you started from>, \"reason\": \"edit note\"}; if the post "
                    + "was edited since, 409 and nothing is saved. Remove (its author or a moderator; the opening "
                    + "post: moderators): {\"removed\": true, \"reason\": \"..\"}; it stays in place as \"post "
                    + "removed\". Restore (moderators): {\"removed\": false}.")
    Post patch(@PathVariable long id, @RequestBody(required = false) PostPatch body) {
        PostPatch p = body == null ? new PostPatch(null, null, null, null) : body;
        if (p.removed() != null) {
            if (p.markdown() != null) {
                throw ForumException.invalid("removed", "forum.api.error.edit-or-remove");
            }
            return p.removed() ? forum.remove(id, p.reason()) : forum.restore(id);
        }
        if (p.markdown() == null) {
            throw ForumException.invalid("markdown", "forum.api.error.patch-empty");
        }
        ForumParameters.postLength("markdown", p.markdown());
        return forum.edit(id, new PostEdit(p.markdown(), p.basedOnRevision(), p.reason()));
    }

    @GetMapping("/{id:[0-9]+}/history")
    @Operation(summary = "A post's edit history, oldest first (its author and moderators)")
    List<PostVersion> history(@PathVariable long id) {
        return forum.history(id);
    }

    @PostMapping(path = "/{id:[0-9]+}/reactions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "React to a post: {\"kind\": \"helpful\"} (not one's own; repeating it changes nothing)")
    Post react(@PathVariable long id, @RequestBody(required = false) ReactionRequest body) {
        reaction(body == null ? null : body.kind());
        return forum.setHelpful(id, true);
    }

    @DeleteMapping("/{id:[0-9]+}/reactions/{kind}")
    @Operation(summary = "Take a reaction back (kind: helpful)")
    Post unreact(@PathVariable long id, @PathVariable String kind) {
        reaction(kind);
        return forum.setHelpful(id, false);
    }

    @GetMapping("/{id:[0-9]+}/quote")
    @Operation(summary = "Markdown that quotes the post, with its author and a link back, for a reply")
    QuoteJson quote(@PathVariable long id) {
        return new QuoteJson(forum.quote(id));
    }

    private static void reaction(String kind) {
        if (kind == null || kind.isBlank()) {
            throw ForumException.invalid("kind", "forum.api.error.reaction-required");
        }
        if (!HELPFUL.equals(kind.strip().toLowerCase(Locale.ROOT))) {
            throw ForumException.invalid("kind", "forum.api.error.reaction", kind.strip());
        }
    }
}
