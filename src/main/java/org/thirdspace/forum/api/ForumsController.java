package org.thirdspace.forum.api;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.forum.Category;
import org.thirdspace.forum.CategoryDraft;
import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ForumWatching;
import org.thirdspace.forum.GroupForum;
import org.thirdspace.forum.Mentionable;
import org.thirdspace.forum.TopicSummary;
import org.thirdspace.forum.UnreadSummary;
import org.thirdspace.forum.WatchTarget;

/**
 * The forums themselves: site-wide categories (moderators create and change them), the forums of
 * the caller's groups, watching and marking a forum read, the unread badge, mention autocomplete
 * and the composer's preview. A group forum the caller may not see answers 404 like an unknown one.
 */
@RestController
@RequestMapping(path = ForumsController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Forums", description = "Site-wide categories and group forums: topics, replies, answers, moderation")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class ForumsController {

    static final String BASE = "/api/v1/forum";
    static final int MAX_MENTIONABLE = 20;

    /** Someone to mention; {@code token} is what to insert into the Markdown. */
    record MentionableJson(long personId, String displayName, String headline, String token) {
        static MentionableJson of(Mentionable m) {
            return new MentionableJson(m.personId(), m.displayName(), m.headline(), m.token());
        }
    }

    /**
     * A category as moderators send it ({@link CategoryDraft}'s rules); {@code archived} may be left
     * out (not archived).
     */
    record CategoryRequest(String slug, String name, String description, CategoryVisibility visibility,
            Integer position, Boolean archived) {

        CategoryDraft draft() {
            return new CategoryDraft(slug, name, description, visibility, position, Boolean.TRUE.equals(archived));
        }
    }

    /** Markdown to render as a post would be shown. */
    record PreviewRequest(String markdown) {
    }

    record PreviewJson(String html) {
    }

    private final ForumService forum;
    private final ForumWatching watching;
    private final Validator validator;

    ForumsController(ForumService forum, ForumWatching watching, Validator validator) {
        this.forum = forum;
        this.watching = watching;
        this.validator = validator;
    }

    // --- categories -----------------------------------------------------------------------------

    @GetMapping("/categories")
    @Operation(summary = "Site-wide categories the caller may read, with counts",
            description = "In position order, archived ones last: topic count, last activity and, for a logged-in "
                    + "caller, unread and new topics and whether they watch it. The caller's group forums are at "
                    + "GET /api/v1/forum/groups.")
    List<Category> categories() {
        return forum.categories();
    }

    @GetMapping("/categories/{idOrSlug}")
    @Operation(summary = "One category, by id or by its address (slug)")
    Category category(@PathVariable String idOrSlug) {
        return ForumParameters.category(forum, idOrSlug);
    }

    @PostMapping(path = "/categories", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a category (moderators)",
            description = "slug: lower-case letters, digits and hyphens, unique; visibility PUBLIC (everyone) or "
                    + "MEMBERS (logged in); position orders the list (null: last). Answers 201 with its Location.")
    ResponseEntity<Category> createCategory(@RequestBody(required = false) CategoryRequest body) {
        Category created = forum.createCategory(valid(body));
        return ResponseEntity.created(URI.create(BASE + "/categories/" + created.id())).body(created);
    }

    @PutMapping(path = "/categories/{id:[0-9]+}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a category (moderators): name, address, description, visibility, position, archived")
    Category updateCategory(@PathVariable long id, @RequestBody(required = false) CategoryRequest body) {
        return forum.updateCategory(id, valid(body));
    }

    /** The draft, or a constraint violation naming every invalid field. */
    private CategoryDraft valid(CategoryRequest body) {
        CategoryDraft draft = (body == null ? new CategoryRequest(null, null, null, null, null, null) : body).draft();
        Set<ConstraintViolation<CategoryDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return draft;
    }

    @PutMapping("/categories/{id:[0-9]+}/watch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Watch a category: all its topics count for the caller's unread badge")
    void watchCategory(@PathVariable long id) {
        watching.watch(WatchTarget.forum(ForumKey.category(id)));
    }

    @DeleteMapping("/categories/{id:[0-9]+}/watch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop watching a category")
    void unwatchCategory(@PathVariable long id) {
        forum.category(id); // NOT_FOUND for a category the caller may not see
        watching.unwatch(WatchTarget.forum(ForumKey.category(id)));
    }

    @PostMapping("/categories/{id:[0-9]+}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark every topic of a category read")
    void markCategoryRead(@PathVariable long id) {
        watching.markForumRead(ForumKey.category(id));
    }

    // --- group forums ---------------------------------------------------------------------------

    @GetMapping("/groups")
    @Operation(summary = "The forums of the caller's groups, with counts (empty for visitors)")
    List<GroupForum> groupForums() {
        return forum.myGroupForums();
    }

    @GetMapping("/groups/{groupId:[0-9]+}")
    @Operation(summary = "One group's forum (404 when the caller may not see the group)")
    GroupForum groupForum(@PathVariable long groupId) {
        return forum.groupForum(groupId);
    }

    @PutMapping("/groups/{groupId:[0-9]+}/watch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Watch a group's forum")
    void watchGroup(@PathVariable long groupId) {
        watching.watch(WatchTarget.forum(ForumKey.group(groupId)));
    }

    @DeleteMapping("/groups/{groupId:[0-9]+}/watch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop watching a group's forum")
    void unwatchGroup(@PathVariable long groupId) {
        forum.groupForum(groupId); // NOT_FOUND for a group the caller may not see
        watching.unwatch(WatchTarget.forum(ForumKey.group(groupId)));
    }

    @PostMapping("/groups/{groupId:[0-9]+}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark every topic of a group's forum read")
    void markGroupRead(@PathVariable long groupId) {
        watching.markForumRead(ForumKey.group(groupId));
    }

    // --- the caller -----------------------------------------------------------------------------

    @GetMapping("/unread")
    @Operation(summary = "The caller's unread badge",
            description = "Topics they track with unread posts, those posts, and new topics since their previous "
                    + "visit in forums they watch.")
    UnreadSummary unread() {
        return watching.unread();
    }

    @GetMapping("/watched")
    @Operation(summary = "Topics the caller watches, latest activity first (page from 0, size 1 to 100)")
    List<TopicSummary> watched(@RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        ForumParameters.range("page", page, 0, ForumParameters.MAX_PAGE);
        ForumParameters.range("size", size, 1, ForumParameters.MAX_SIZE);
        return watching.watchedTopics(page, size);
    }

    @GetMapping("/mentionable")
    @Operation(summary = "People the caller can mention in a forum (for autocomplete)",
            description = "People who may see the forum and whose profile is not hidden, whose name (or a word of "
                    + "it) starts with q, best first. token is the text to insert into the Markdown.")
    List<MentionableJson> mentionable(
            @Parameter(description = "the forum: category:<id> or group:<id>") @RequestParam(name = "forum") String key,
            @Parameter(description = "the start of a name") @RequestParam(name = "q", defaultValue = "") String q,
            @Parameter(description = "1 to 20, default 10") @RequestParam(name = "limit", defaultValue = "10")
            int limit) {
        ForumKey target = ForumKey.parse(key.strip())
                .orElseThrow(() -> ForumException.invalid("forum", "forum.api.error.forum-key", key));
        ForumParameters.range("limit", limit, 1, MAX_MENTIONABLE);
        if (q.length() > ForumParameters.MAX_TEXT) {
            throw ForumException.invalid("q", "forum.api.error.text", ForumParameters.MAX_TEXT);
        }
        return forum.mentionable(target, q.strip(), limit).stream().map(MentionableJson::of).toList();
    }

    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Render Markdown as a post would be shown (sanitised HTML), for the composer's preview")
    PreviewJson preview(@RequestBody(required = false) PreviewRequest body) {
        String markdown = body == null || body.markdown() == null ? "" : body.markdown();
        ForumParameters.postLength("markdown", markdown);
        return new PreviewJson(forum.preview(markdown));
    }
}
