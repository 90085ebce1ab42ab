package org.thirdspace.glossary.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.testsupport.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/glossary}: reading with search and paging, moderators' writes, problems. */
@IntegrationTest
class GlossaryApiTest {

    static final String GLOSSARY = "/api/v1/glossary";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    static final RequestPostProcessor MEMBER = user("member@glossary-api.test").roles("MEMBER");
    static final RequestPostProcessor MODERATOR = user("moderator@glossary-api.test").roles("MEMBER", "MODERATOR");

    private static String word() {
        StringBuilder sb = new StringBuilder("zw");
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    @Test
    void moderatorsWriteTermsAndEveryoneReadsThemWithSanitisedDefinitions() throws Exception {
        String word = word();
        Map<String, Object> body = Map.of("term", word + " alliance",
                "definition", "A *group* of schools. <script>alert(1)</script> [more](javascript:alert(2))",
                "synonyms", List.of(word + " network"));

        mvc.perform(json(post(GLOSSARY), body).with(MEMBER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String location = mvc.perform(json(post(GLOSSARY), body).with(MODERATOR))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        try {
            String listed = mvc.perform(get(GLOSSARY).param("q", word + " NETWORK").with(MEMBER))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].term").value(word + " alliance"))
                    .andExpect(jsonPath("$.items[0].definitionMarkdown").value(body.get("definition")))
                    .andExpect(jsonPath("$.items[0].synonyms", contains(word + " network")))
                    .andReturn().getResponse().getContentAsString();
            // the definition's HTML is sanitised: the script is text, the javascript: link has no address
            String html = com.jayway.jsonpath.JsonPath.read(listed, "$.items[0].definitionHtml");
            var definition = org.jsoup.Jsoup.parseBodyFragment(html);
            org.assertj.core.api.Assertions.assertThat(definition.select("script")).isEmpty();
            org.assertj.core.api.Assertions.assertThat(definition.select("em").text()).isEqualTo("group");
            org.assertj.core.api.Assertions.assertThat(definition.text())
                    .isEqualTo("A group of schools. <script>alert(1)</script> more");
            org.assertj.core.api.Assertions.assertThat(definition.select("a").attr("href")).isEmpty();
            org.assertj.core.api.Assertions.assertThat(html).doesNotContain("javascript");
            // duplicates ignoring case: 409
            mvc.perform(json(post(GLOSSARY), Map.of("term", word.toUpperCase() + " Alliance", "definition", "Again."))
                            .with(MODERATOR))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("glossary.error.term-taken"));
            // bad input: 400 naming the field
            mvc.perform(json(post(GLOSSARY), Map.of("term", word + " x", "definition", "D.",
                            "vocabularyTerms", List.of(Map.of("vocabulary", "role", "code", "wizard")))).with(MODERATOR))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("vocabularyTerms[0].code"));
            mvc.perform(json(post(GLOSSARY), Map.of("term", word + " y")).with(MODERATOR))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("definition"));
            mvc.perform(get(GLOSSARY).param("size", "0").with(MEMBER)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
            mvc.perform(get(GLOSSARY).param("page", "x").with(MEMBER)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("page"));

            // replace with a vocabulary term: its label and synonyms come with it
            mvc.perform(json(put(location), Map.of("term", word + " alliance", "definition", "Schools together.",
                            "vocabularyTerms", List.of(Map.of("vocabulary", "role", "code", "critical-friend"))))
                            .with(MODERATOR))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.vocabularyTerms[0].label").value("Critical friend"))
                    .andExpect(jsonPath("$.allSynonyms", contains("Critical friend")));
            mvc.perform(get(location).with(MEMBER)).andExpect(jsonPath("$.synonyms", not(hasItem(word + " network"))));
        } finally {
            mvc.perform(delete(location).with(MEMBER)).andExpect(status().isForbidden());
            mvc.perform(delete(location).with(MODERATOR)).andExpect(status().isNoContent());
        }
        mvc.perform(get(location).with(MEMBER)).andExpect(status().isNotFound());
        mvc.perform(get(GLOSSARY).param("q", word).with(MEMBER)).andExpect(jsonPath("$.total").value(0));
    }
}
