package org.thirdspace.casestudies.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.security.TestAccounts.as;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyDraft;
import org.thirdspace.casestudies.CaseStudyField;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.XssCorpus;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

/**
 * {@code GET /api/v1/case-studies/{id}/export}: the published version only, as a Markdown file
 * (the authors' source text, unchanged) or a PDF (from the sanitised HTML: the XSS corpus in
 * every field leaves no script, action or script link in it), with download headers.
 */
@IntegrationTest
class CaseStudyExportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseStudyService service;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;

    @Test
    void thePublishedVersionExportsAsMarkdownSourceAndAsAnInertPdf() throws Exception {
        Someone author = ProfileFixtures.person(accounts, people, "Idris Penhallow");
        Someone moderator = ProfileFixtures.person(accounts, people, "Maud Ravensworth", Role.MODERATOR);
        String tag = GroupSearchFixtures.token();
        Map<CaseStudyField, String> fields = new EnumMap<>(CaseStudyField.class);
        for (CaseStudyField field : CaseStudyField.values()) {
            fields.put(field, "Penhallow " + field.code() + " " + tag + "\n\n" + XssCorpus.MARKDOWN);
        }
        String title = "Penhallow rock pools & <b>tides</b> " + tag;
        CaseStudyDraft draft = CaseStudyDraft.of(title, "Rock pools <script>alert(1)</script> for " + tag, fields);
        CaseStudyDetails published = CaseStudyFixtures.published(service, author, moderator, draft);
        long id = published.id();
        // a newer draft must not leak into the export
        as(author.email(), "MEMBER", () -> service.save(id, draft.withField(CaseStudyField.LESSONS,
                "Unpublished lesson " + tag).basedOn(1, "Next")));
        String stem = "penhallow-rock-pools-b-tides-b-" + tag;

        String markdown = mvc.perform(get("/api/v1/case-studies/" + id + "/export").param("format", "md"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/markdown;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + stem + ".md\"; filename*=UTF-8''" + stem + ".md"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the Markdown export is source text: each field exactly as written, under its heading
        assertThat(markdown).startsWith("# Penhallow rock pools \\& \\<b\\>tides\\</b\\> " + tag + "\n");
        assertThat(markdown).contains("Revision 1, published ");
        assertThat(markdown).contains("## Problem\n\nPenhallow problem " + tag + "\n\n" + XssCorpus.MARKDOWN.strip());
        assertThat(markdown.indexOf("## Problem")).isLessThan(markdown.indexOf("## Lessons"));
        assertThat(markdown).doesNotContain("Unpublished lesson");

        byte[] pdf = mvc.perform(get("/api/v1/case-studies/" + id + "/export").param("format", "pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        containsString("filename=\"" + stem + ".pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        PdfSafety.Parsed parsed = PdfSafety.parseInert(pdf);
        String text = parsed.text().replaceAll("\\s+", " ");
        assertThat(text).contains("Penhallow rock pools & <b>tides</b> " + tag, "Penhallow lessons " + tag,
                "Partners and context", "Revision 1, published ");
        assertThat(text).doesNotContain("Unpublished lesson");
        assertThat(parsed.linkTargets()).noneMatch(uri -> uri.toLowerCase().contains("script:")
                || uri.toLowerCase().startsWith("data:"));

        // the author's view has a newer draft, but the export is still the published one
        String authorMarkdown = mvc.perform(get("/api/v1/case-studies/" + id + "/export")
                        .with(user(author.email()).roles("MEMBER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(authorMarkdown).doesNotContain("Unpublished lesson");

        mvc.perform(get("/api/v1/case-studies/" + id + "/export").param("format", "docx"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("casestudies.api.error.format"))
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void aCaseStudyThatWasNeverPublishedHasNoExportEvenForItsAuthor() throws Exception {
        Someone author = ProfileFixtures.person(accounts, people, "Elspeth Tregunna");
        String tag = GroupSearchFixtures.token();
        long id = CaseStudyFixtures.create(service, author, CaseStudyFixtures.draft("Tregunna draft " + tag, tag)).id();
        for (String format : new String[] {"md", "pdf"}) {
            mvc.perform(get("/api/v1/case-studies/" + id + "/export").param("format", format)
                    .with(user(author.email()).roles("MEMBER"))).andExpect(status().isNotFound());
        }
    }
}
