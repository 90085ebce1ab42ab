package org.thirdspace.glossary.api;

import java.net.URI;
import java.util.List;

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
import org.springframework.web.bind.annotation.RestController;
import org.thirdspace.glossary.GlossaryDraft;
import org.thirdspace.glossary.GlossaryEntry;
import org.thirdspace.glossary.GlossaryPage;
import org.thirdspace.glossary.GlossaryService;
import org.thirdspace.glossary.VocabularyTermRef;

/**
 * {@code /api/v1/glossary}: the glossary A–Z with {@code q}, {@code page} (from 0) and {@code size}
 * (1-200, default 50); moderators create ({@code POST}), replace ({@code PUT /{id}}) and delete
 * ({@code DELETE /{id}}) terms.
 */
@RestController
@RequestMapping(path = "/api/v1/glossary", produces = MediaType.APPLICATION_JSON_VALUE)
class GlossaryController {

    /** One term as the API shows it: definition as sanitised HTML and as its Markdown source. */
    record TermJson(long id, String term, String definitionHtml, String definitionMarkdown, List<String> synonyms,
            List<VocabularyTermRef> vocabularyTerms, List<String> allSynonyms, java.time.Instant updatedAt) {

        static TermJson of(GlossaryEntry e) {
            return new TermJson(e.id(), e.term(), e.definitionHtml(), e.definitionMarkdown(), e.synonyms(),
                    e.vocabularyTerms(), e.allSynonyms(), e.updatedAt());
        }
    }

    record PageJson(long total, int page, int size, List<TermJson> items) {
    }

    /** A term as a client writes it. */
    record TermBody(String term, String definition, List<String> synonyms, List<VocabularyTermRef> vocabularyTerms) {

        GlossaryDraft toDraft() {
            return new GlossaryDraft(term, definition, synonyms, vocabularyTerms);
        }
    }

    private final GlossaryService glossary;

    GlossaryController(GlossaryService glossary) {
        this.glossary = glossary;
    }

    @GetMapping
    PageJson list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        GlossaryPage result = glossary.search(q, page, size);
        return new PageJson(result.total(), result.page(), result.size(),
                result.items().stream().map(TermJson::of).toList());
    }

    @GetMapping("/{id}")
    TermJson one(@PathVariable long id) {
        return TermJson.of(glossary.require(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TermJson> create(@RequestBody TermBody body) {
        GlossaryEntry created = glossary.create(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/glossary/" + created.id())).body(TermJson.of(created));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    TermJson replace(@PathVariable long id, @RequestBody TermBody body) {
        return TermJson.of(glossary.update(id, body.toDraft()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        glossary.delete(id);
        return ResponseEntity.noContent().build();
    }
}
