package org.thirdspace.curation.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.curation.CollectionChange;
import org.thirdspace.curation.CollectionDetails;
import org.thirdspace.curation.CollectionDraft;
import org.thirdspace.curation.CollectionItem;
import org.thirdspace.curation.CollectionSummary;
import org.thirdspace.curation.CurationException;
import org.thirdspace.curation.CurationService;
import org.thirdspace.curation.NewCollectionItem;

/**
 * {@code /api/v1/collections}: list (published; {@code ?status=draft} for curators), create
 * (curators), read by id or slug, change with a JSON merge patch ({@code title}, {@code purpose},
 * {@code introduction}, {@code status}, {@code itemOrder}), items, following and (moderators) curator
 * appointments under {@code /curators/{accountId}}. See ADR 11.
 */
@RestController
@RequestMapping("/api/v1/collections")
class CollectionsController {

    record Page(List<CollectionSummary> items, long total, int page, int size) {
    }

    private final CurationService curation;

    CollectionsController(CurationService curation) {
        this.curation = curation;
    }

    @GetMapping
    Page list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "20") String size) {
        boolean drafts;
        if (status == null || status.isBlank() || status.equalsIgnoreCase("published")) {
            drafts = false;
        } else if (status.equalsIgnoreCase("draft")) {
            drafts = true;
        } else {
            throw CurationException.invalid("status", "curation.api.error.status");
        }
        int p = number("page", page);
        int s = number("size", size);
        return new Page(curation.list(q, drafts, p, s), curation.count(q, drafts), p, s);
    }

    @PostMapping
    ResponseEntity<CollectionDetails> create(@RequestBody CollectionDraft draft) {
        CollectionDetails created = curation.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/collections/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    CollectionDetails get(@PathVariable String id) {
        return curation.find(id).orElseThrow(CurationException::notFound);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    CollectionDetails patch(@PathVariable long id, @RequestBody CollectionChange change) {
        return curation.change(id, change);
    }

    @PostMapping("/{id}/items")
    ResponseEntity<CollectionItem> addItem(@PathVariable long id, @RequestBody NewCollectionItem item) {
        CollectionItem added = curation.addItem(id, item);
        return ResponseEntity.created(URI.create("/api/v1/collections/" + id + "/items/" + added.id())).body(added);
    }

    @DeleteMapping("/{id}/items/{itemId}")
    CollectionDetails removeItem(@PathVariable long id, @PathVariable long itemId) {
        return curation.removeItem(id, itemId);
    }

    @PutMapping("/{id}/follow")
    Map<String, Object> follow(@PathVariable long id) {
        CollectionDetails d = curation.follow(id);
        return Map.of("following", d.following(), "followers", d.followers());
    }

    @DeleteMapping("/{id}/follow")
    Map<String, Object> unfollow(@PathVariable long id) {
        CollectionDetails d = curation.unfollow(id);
        return Map.of("following", d.following(), "followers", d.followers());
    }

    /** Moderators appoint a curator (an account id); 200 with whether they were newly appointed. */
    @PutMapping("/curators/{accountId}")
    Map<String, Object> appoint(@PathVariable long accountId) {
        return Map.of("accountId", accountId, "curator", true, "changed", curation.appointCurator(accountId));
    }

    @DeleteMapping("/curators/{accountId}")
    Map<String, Object> dismiss(@PathVariable long accountId) {
        return Map.of("accountId", accountId, "curator", false, "changed", curation.dismissCurator(accountId));
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw CurationException.invalid(name, "curation.api.error.number");
        }
    }
}
