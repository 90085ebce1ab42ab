package org.thirdspace.forum.api;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.forum.ForumException;
import org.thirdspace.forum.ForumKey;
import org.thirdspace.forum.ForumSearch;
import org.thirdspace.forum.ForumSearchQuery;
import org.thirdspace.forum.ForumSearchResult;
import org.thirdspace.forum.ForumService;
import org.thirdspace.forum.ForumWatching;
import org.thirdspace.forum.Post;
import org.thirdspace.forum.PostDraft;
import org.thirdspace.forum.TopicDetails;
import org.thirdspace.forum.TopicDraft;
import org.thirdspace.forum.TopicKind;
import org.thirdspace.forum.TopicList;
import org.thirdspace.forum.TopicListQuery;
import org.thirdspace.forum.TopicPage;
import org.thirdspace.forum.TopicSummary;
import org.thirdspace.forum.WatchTarget;

/**
 * Topics and their replies for API clients: list and search, start a topic, read it a page at a
 * time (landing on the first unread page), reply, accept an answer, watch, mark read. A topic the
 * caller may not see (a private group's forum they are not in) answers 404 like an unknown one.
 */
@RestController
@RequestMapping(path = TopicsController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Forums")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class TopicsController {

    static final String BASE = "/api/v1/topics";

    /**
     * {@code GET /api/v1/topics}: without {@code q} the topics in list order ({@code items});
     * with {@code q} search hits with highlights and facet counts ({@code hits}, {@code facets}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TopicListing(long total, int page, int size, List<TopicSummary> items, List<ForumSearchResult.Hit> hits,
            Map<String, List<ForumSearchResult.FacetCount>> facets) {
    }

    /** A new topic: in a category ({@code categoryId}) or a group's forum ({@code groupId}). */
    record NewTopic(Long categoryId, Long groupId, TopicKind kind, String title, String markdown, List<String> tags) {
    }

    /** A reply; {@code quotedPostId}: the post of the same topic it quotes (optional). */
    record NewPost(String markdown, Long quotedPostId) {
    }

    /** A new title and/or tags (what is left out stays). */
    record TopicPatch(String title, List<String> tags) {
    }

    /** The reply to accept as the answer. */
    record AcceptRequest(Long postId) {
    }

    /** The highest post number read (null: the topic's last post). */
    record ReadRequest(Integer upTo) {
    }

    private final ForumService forum;
    private final ForumSearch search;
    private final ForumWatching watching;

    TopicsController(ForumService forum, ForumSearch search, ForumWatching watching) {
        this.forum = forum;
        this.search = search;
        this.watching = watching;
    }

    @GetMapping
    @Operation(summary = "List or search topics the caller may see",
            description = "Filters (all optional): category (an id or its address), group (a group id; 404 when the "
                    + "caller may not see the group), tag, solved (true: answered questions, false: unanswered "
                    + "ones), author (the person id of the topic's author; with q: of any matching post), unread "
                    + "(true: topics with unread posts; not with q). page from 0, size 1 to 100 (default 20). "
                    + "Without q: topics in list order (pinned first, then latest activity) as items. With q: "
                    + "full-text search over titles, tags and posts: hits with HTML-escaped highlights (<mark> "
                    + "around matches) and facet counts (category, group, tag, solved) over what the caller may see.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "search text")
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "a category id or address (slug)")
    @Parameter(name = "group", in = ParameterIn.QUERY, description = "a group id")
    @Parameter(name = "tag", in = ParameterIn.QUERY, description = "one tag")
    @Parameter(name = "solved", in = ParameterIn.QUERY, description = "true or false: questions with or without "
            + "an accepted answer")
    @Parameter(name = "author", in = ParameterIn.QUERY, description = "a person id")
    @Parameter(name = "unread", in = ParameterIn.QUERY, description = "true: only topics with unread posts")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 100, default 20")
    TopicListing topics(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        ForumParameters.TopicFilters f = ForumParameters.topicFilters(params, forum);
        if (f.text() == null) {
            TopicList list = forum.topics(new TopicListQuery(f.forum(), f.tag(), f.solved(), f.author(), f.unread(),
                    f.page(), f.size()));
            return new TopicListing(list.total(), f.page(), f.size(), list.items(), null, null);
        }
        ForumKey where = f.forum();
        ForumSearchResult result = search.search(new ForumSearchQuery(f.text(),
                where == null ? null : where.categoryId(), where == null ? null : where.groupId(), f.tag(),
                f.solved(), f.author(), f.page(), f.size()));
        return new TopicListing(result.total(), f.page(), f.size(), null, result.hits(), result.facets());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a topic; answers 201 with it and its Location",
            description = "categoryId or groupId (one of them), kind DISCUSSION or QUESTION, title (3 to 200 "
                    + "characters), markdown (the opening post: 1 to 50,000 characters; mentions are written "
                    + "@[Name](person:<id>)), tags (up to 5: lower-case letters, digits and hyphens). The author "
                    + "watches the topic.")
    ResponseEntity<TopicDetails> create(@RequestBody(required = false) NewTopic body) {
        NewTopic t = body == null ? new NewTopic(null, null, null, null, null, null) : body;
        if (t.categoryId() != null && t.groupId() != null) {
            throw ForumException.invalid("groupId", "forum.api.error.one-forum");
        }
        if (t.categoryId() == null && t.groupId() == null) {
            throw ForumException.invalid("categoryId", "forum.error.forum-required");
        }
        ForumKey where = t.categoryId() != null ? ForumKey.category(t.categoryId()) : ForumKey.group(t.groupId());
        if (t.markdown() != null) {
            ForumParameters.postLength("markdown", t.markdown());
        }
        TopicDetails created = forum.createTopic(new TopicDraft(where, t.kind(), t.title(), t.markdown(), t.tags()));
        return ResponseEntity.created(URI.create(BASE + "/" + created.id())).body(created);
    }

    @GetMapping("/{id:[0-9]+}")
    @Operation(summary = "A topic with one page of its posts",
            description = "page from 1 (20 posts a page; beyond the last: the last), or post=<number> for the page "
                    + "holding that post (a post that moved with a split or merge answers 308 to where it is now). "
                    + "Without either: the caller's first unread page (page 1 for visitors). Reading a page marks "
                    + "its posts read. Link headers name the previous and next pages.")
    ResponseEntity<TopicPage> topic(@PathVariable long id,
            @Parameter(description = "from 1") @RequestParam(name = "page", required = false) Integer page,
            @Parameter(description = "a post number: land on its page")
            @RequestParam(name = "post", required = false) Integer post,
            Principal principal) {
        if (page != null && post != null) {
            throw ForumException.invalid("post", "forum.api.error.page-or-post");
        }
        int wanted;
        if (post != null) {
            if (post < 1) {
                throw ForumException.invalid("post", "forum.api.error.post-number");
            }
            ForumService.PostLocation at = forum.locate(id, post);
            if (at.topicId() != id || at.number() != post) {
                return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
                        .location(URI.create(BASE + "/" + at.topicId() + "?post=" + at.number())).build();
            }
            wanted = at.page();
        } else if (page != null) {
            if (page < 1) {
                throw ForumException.invalid("page", "forum.error.page");
            }
            wanted = page;
        } else {
            wanted = principal == null ? 1 : forum.firstUnreadPage(id);
        }
        TopicPage shown = forum.page(id, wanted);
        HttpHeaders headers = new HttpHeaders();
        if (shown.page() > 1) {
            headers.add(HttpHeaders.LINK, "<" + BASE + "/" + id + "?page=" + (shown.page() - 1) + ">; rel=\"prev\"");
        }
        if (shown.page() < shown.pageCount()) {
            headers.add(HttpHeaders.LINK, "<" + BASE + "/" + id + "?page=" + (shown.page() + 1) + ">; rel=\"next\"");
        }
        return ResponseEntity.ok().headers(headers).body(shown);
    }

    @PatchMapping(path = "/{id:[0-9]+}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a topic's title and/or tags (its author or a moderator)")
    TopicDetails edit(@PathVariable long id, @RequestBody(required = false) TopicPatch body) {
        TopicPatch p = body == null ? new TopicPatch(null, null) : body;
        TopicDetails current = forum.topic(id);
        return forum.editTopic(id, p.title() == null ? current.summary().title() : p.title(),
                p.tags() == null ? current.summary().tags() : p.tags());
    }

    @PostMapping(path = "/{id:[0-9]+}/posts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reply to a topic; answers 201 with the post and its Location",
            description = "markdown: 1 to 50,000 characters; quotedPostId: a post of the same topic that the reply "
                    + "quotes (the composer's quote text is at GET /api/v1/posts/{id}/quote). The author then "
                    + "watches the topic. Closed topics take no replies; locked ones only moderators'.")
    ResponseEntity<Post> reply(@PathVariable long id, @RequestBody(required = false) NewPost body) {
        NewPost p = body == null ? new NewPost(null, null) : body;
        if (p.markdown() != null) {
            ForumParameters.postLength("markdown", p.markdown());
        }
        Post created = forum.reply(id, new PostDraft(p.markdown(), p.quotedPostId()));
        return ResponseEntity.created(URI.create(PostsController.BASE + "/" + created.id())).body(created);
    }

    @PostMapping(path = "/{id:[0-9]+}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark a reply as the question's accepted answer",
            description = "Only the question's author or a moderator; only a reply of this question (not the "
                    + "question itself) that is not removed. Replaces an earlier accepted answer.")
    TopicDetails accept(@PathVariable long id, @RequestBody(required = false) AcceptRequest body) {
        if (body == null || body.postId() == null) {
            throw ForumException.invalid("postId", "forum.api.error.post-id-required");
        }
        return forum.accept(id, body.postId());
    }

    @DeleteMapping("/{id:[0-9]+}/accept")
    @Operation(summary = "Take the accepted answer back (the question's author or a moderator)")
    TopicDetails unaccept(@PathVariable long id) {
        return forum.unaccept(id);
    }

    @PutMapping("/{id:[0-9]+}/watch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Watch a topic: its replies count for the caller's unread badge")
    void watch(@PathVariable long id) {
        watching.watch(WatchTarget.topic(id));
    }

    @DeleteMapping("/{id:[0-9]+}/watch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop watching a topic")
    void unwatch(@PathVariable long id) {
        forum.topic(id); // NOT_FOUND for a topic the caller may not see, like every other endpoint
        watching.unwatch(WatchTarget.topic(id));
    }

    @PostMapping("/{id:[0-9]+}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a topic read up to a post number (never backwards)",
            description = "Body {\"upTo\": <number>}; without a body: up to its last post.")
    void markRead(@PathVariable long id, @RequestBody(required = false) ReadRequest body) {
        TopicDetails topic = forum.topic(id); // NOT_FOUND for a topic the caller may not see
        int upTo;
        if (body == null || body.upTo() == null) {
            upTo = topic.summary().lastPostNumber();
        } else {
            if (body.upTo() < 1) {
                throw ForumException.invalid("upTo", "forum.api.error.post-number");
            }
            upTo = body.upTo();
        }
        watching.markRead(id, upTo);
    }
}
