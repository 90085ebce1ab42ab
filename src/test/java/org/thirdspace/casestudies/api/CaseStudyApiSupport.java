package org.thirdspace.casestudies.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thirdspace.people.ProfileFixtures.Someone;

import tools.jackson.databind.json.JsonMapper;

/** Requests and bodies shared by the case-study API tests. */
final class CaseStudyApiSupport {

    static final String BASE = "/api/v1/case-studies";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseStudyApiSupport() {
    }

    static RequestPostProcessor member(Someone someone) {
        return user(someone.email()).roles("MEMBER");
    }

    static RequestPostProcessor moderator(Someone someone) {
        return user(someone.email()).roles("MEMBER", "MODERATOR");
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    /** A case study as the API takes it: title, summary and some fields (keys are field names). */
    static Map<String, Object> draft(String title, String tag) {
        return Map.of("title", title, "summary", "How the " + tag + " partnership began.",
                "fields", Map.of("PROBLEM", "Year 8 pupils in " + tag + " rarely met working scientists.",
                        "ACTIVITIES", "Trainee teachers ran **lunchtime** clubs about " + tag + ".",
                        "LESSONS", "Plan the timetable with the school early."),
                "activities", java.util.List.of("ite"), "regions", java.util.List.of("north-west"),
                "editSummary", "First version");
    }

    static Map<String, Object> withField(Map<String, Object> draft, String field, String markdown) {
        var copy = new java.util.HashMap<>(draft);
        @SuppressWarnings("unchecked")
        var fields = new java.util.HashMap<>((Map<String, String>) draft.get("fields"));
        fields.put(field, markdown);
        copy.put("fields", fields);
        return copy;
    }

    static long idOf(MvcResult result) {
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static String etagOf(MvcResult result) {
        return result.getResponse().getHeader(HttpHeaders.ETAG);
    }
}
