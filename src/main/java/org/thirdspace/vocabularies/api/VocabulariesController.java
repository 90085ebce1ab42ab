package org.thirdspace.vocabularies.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thirdspace.vocabularies.Term;
import org.thirdspace.vocabularies.Vocabularies;
import org.thirdspace.vocabularies.Vocabulary;

/** The controlled vocabularies, for clients that tag or filter things. */
@RestController
@RequestMapping(path = "/api/v1/vocabularies", produces = MediaType.APPLICATION_JSON_VALUE)
class VocabulariesController {

    /** One vocabulary with all its terms (retired ones flagged, with their successor). */
    record VocabularyJson(String code, boolean editable, List<TermJson> terms) {
    }

    record TermJson(String code, String label, List<String> synonyms, boolean retired, String successorCode,
            int sortOrder) {
        static TermJson of(Term t) {
            return new TermJson(t.code(), t.label(), t.synonyms(), t.retired(), t.successorCode(), t.sortOrder());
        }
    }

    private final Vocabularies vocabularies;

    VocabulariesController(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GetMapping
    @Operation(summary = "All vocabularies with their terms, or one of them",
            description = "Labels are in the request's language. Retired terms are included with retired=true "
                    + "and, when mapped, the code of their successor. An unknown vocabulary gives 400.")
    List<VocabularyJson> list(@Parameter(description = "code of one vocabulary, e.g. role")
            @RequestParam(name = "vocabulary", required = false) String vocabulary, Locale locale) {
        Stream<Vocabulary> selected = vocabulary == null || vocabulary.isBlank() ? Stream.of(Vocabulary.values())
                : Stream.of(parse(vocabulary));
        return selected.map(v -> new VocabularyJson(v.code(), v.editable(),
                vocabularies.allTerms(v, locale).stream().map(TermJson::of).toList())).toList();
    }

    private static Vocabulary parse(String code) {
        String wanted = code.strip();
        for (Vocabulary v : Vocabulary.values()) {
            if (v.code().equalsIgnoreCase(wanted) || v.name().equalsIgnoreCase(wanted)) {
                return v;
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown vocabulary '" + wanted + "'. Known: "
                + String.join(", ", Stream.of(Vocabulary.values()).map(Vocabulary::code).toList()) + ".");
    }
}
