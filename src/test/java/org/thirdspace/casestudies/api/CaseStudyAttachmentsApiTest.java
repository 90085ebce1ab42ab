package org.thirdspace.casestudies.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.BASE;
import static org.thirdspace.casestudies.api.CaseStudyApiSupport.member;
import static org.thirdspace.security.TestAccounts.as;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdspace.casestudies.Attachment;
import org.thirdspace.casestudies.CaseStudyAttachments;
import org.thirdspace.casestudies.CaseStudyDetails;
import org.thirdspace.casestudies.CaseStudyFixtures;
import org.thirdspace.casestudies.CaseStudyService;
import org.thirdspace.casestudies.internal.attachments.AttachmentSettings;
import org.thirdspace.groups.search.GroupSearchFixtures;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.ProfileFixtures;
import org.thirdspace.people.ProfileFixtures.Someone;
import org.thirdspace.security.AccountProvisioning;
import org.thirdspace.security.Role;
import org.thirdspace.testsupport.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * {@code /api/v1/case-studies/{id}/attachments}: real PDF and PNG files are accepted and come back
 * byte for byte with download headers; content that is not on the allow-list is refused whatever
 * its name; files over the limit are refused (by the service and by the server's multipart limit)
 * and leave nothing behind; a draft's files do not exist for anyone else.
 */
@IntegrationTest
class CaseStudyAttachmentsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PeopleService people;
    @Autowired
    CaseStudyService service;
    @Autowired
    AttachmentSettings settings;
    @Autowired
    CaseStudyAttachments attachments;
    @Autowired
    TransactionTemplate transactions;
    @org.springframework.beans.factory.annotation.Value("${thirdspace.data-dir}")
    String dataDir;
    @LocalServerPort
    int port;

    private Someone someone(String name, Role... roles) {
        return ProfileFixtures.person(accounts, people, name, roles);
    }

    private long draftBy(Someone author, String title) {
        String tag = GroupSearchFixtures.token();
        return CaseStudyFixtures.create(service, author, CaseStudyFixtures.draft(title + " " + tag, tag)).id();
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.ORANGE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private ResultActions upload(long id, Someone who, String name, byte[] bytes) throws Exception {
        var request = multipart(BASE + "/" + id + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        return mvc.perform(who == null ? request : request.with(member(who)));
    }

    private Path attachmentsDir() {
        return settings.attachmentsDir() != null ? settings.attachmentsDir() : Path.of(dataDir, "attachments");
    }

    private long storedFiles() throws IOException {
        Path dir = attachmentsDir();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aPdfAndAPngAreStoredAndDownloadedWithTheirHeadersAndBytes() throws Exception {
        Someone author = someone("Hesper Quayle");
        long id = draftBy(author, "Quayle attachments");
        byte[] pdf = pdf();
        byte[] png = png();

        MvcResult uploaded = upload(id, author, "Plan – Année 1.pdf", pdf)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("Plan – Année 1.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andExpect(jsonPath("$.sha256").value(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(pdf))))
                .andExpect(jsonPath("$.uploadedByName").value("Hesper Quayle"))
                .andReturn();
        String location = uploaded.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).matches(".*/api/v1/case-studies/" + id + "/attachments/\\d+");

        byte[] downloaded = mvc.perform(get(location).with(member(author)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_LENGTH, Integer.toString(pdf.length)))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"Plan _ Ann_e 1.pdf\"; "
                                + "filename*=UTF-8''Plan%20%E2%80%93%20Ann%C3%A9e%201.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);

        // a path in the name is dropped; the file is stored under a random key, never its name
        MvcResult image = upload(id, author, "..\\..\\C:\\temp/../diagram.png", png)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("diagram.png"))
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andReturn();
        String imageLocation = image.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(mvc.perform(get(imageLocation).with(member(author)))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        containsString("filename*=UTF-8''diagram.png")))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(png);
        try (Stream<Path> files = Files.walk(attachmentsDir())) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("diagram.png", "Plan – Année 1.pdf");
        }

        mvc.perform(get(BASE + "/" + id + "/attachments").with(member(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].fileName").value("diagram.png"));

        // removal keeps the record out of the list and the download
        mvc.perform(delete(imageLocation).with(member(author))).andExpect(status().isNoContent());
        mvc.perform(get(imageLocation).with(member(author))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + id + "/attachments").with(member(author))).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void contentThatIsNotAllowedIsRefusedWhateverItsNameAndLeavesNothingBehind() throws Exception {
        Someone author = someone("Ludo Farrant");
        long id = draftBy(author, "Farrant refusals");
        long before = storedFiles();

        upload(id, author, "holiday.png", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("casestudies.attachments.error.type"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString("text/html")));
        upload(id, author, "logo.png", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "onload=\"alert(1)\"><circle r=\"4\"/></svg>").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("image/svg+xml")));
        upload(id, author, "report.pdf", "just some notes, not a PDF".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("text/plain")));
        upload(id, author, "run.docx", Base64.getDecoder().decode("TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAA="))
                .andExpect(status().isBadRequest());
        upload(id, author, "empty.pdf", new byte[0])
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("casestudies.attachments.error.empty"));

        // one byte over the limit: 413, nothing kept
        byte[] head = pdf();
        byte[] tooLarge = new byte[(int) settings.attachmentsMaxSize().toBytes() + 1];
        System.arraycopy(head, 0, tooLarge, 0, head.length);
        upload(id, author, "huge.pdf", tooLarge)
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.code").value("casestudies.attachments.error.too-large"))
                .andExpect(jsonPath("$.detail").value(containsString("20 MB")));

        mvc.perform(get(BASE + "/" + id + "/attachments").with(member(author))).andExpect(jsonPath("$", hasSize(0)));
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aRecordThatIsNotCommittedTakesItsFileWithIt() throws Exception {
        Someone author = someone("Bertil Marchbank");
        long id = draftBy(author, "Marchbank rollback");
        long before = storedFiles();
        byte[] pdf = pdf();
        // the upload joins a transaction that then rolls back: neither the record nor the file remains
        Attachment written = as(author.email(), "MEMBER", () -> transactions.execute(status -> {
            Attachment a = attachments.upload(id, "minutes.pdf", new java.io.ByteArrayInputStream(pdf));
            status.setRollbackOnly();
            return a;
        }));
        assertThat(written.sizeBytes()).isEqualTo(pdf.length);
        assertThat(as(author.email(), "MEMBER", () -> attachments.list(id))).isEmpty();
        assertThat(storedFiles()).isEqualTo(before);
        // and a committed one stays, with its file
        as(author.email(), "MEMBER",
                () -> attachments.upload(id, "minutes.pdf", new java.io.ByteArrayInputStream(pdf)));
        assertThat(as(author.email(), "MEMBER", () -> attachments.list(id))).hasSize(1);
        assertThat(storedFiles()).isEqualTo(before + 1);
    }

    @Test
    void theServerRefusesAnUploadOverItsMultipartLimitWithAProblem() throws Exception {
        Someone author = someone("Nerys Oakhampton");
        long id = draftBy(author, "Oakhampton multipart limit");
        long before = storedFiles();
        String boundary = "----ts" + GroupSearchFixtures.token();
        byte[] file = new byte[(int) settings.attachmentsMaxSize().toBytes() + 200_000];
        byte[] pdf = pdf();
        System.arraycopy(pdf, 0, file, 0, pdf.length);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        String basic = Base64.getEncoder().encodeToString((author.email() + ":Quiet-Lighthouse-42")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + BASE + "/" + id
                        + "/attachments"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JsonPath.<String>read(response.body(), "$.code"))
                    .isEqualTo("casestudies.attachments.error.too-large");
        }
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aDraftsFilesDoNotExistForOthersAndOnlyWritersUpload() throws Exception {
        Someone author = someone("Ottilie Garside");
        Someone other = someone("Ravi Colebrook");
        Someone moderator = someone("Agnes Witherden", Role.MODERATOR);
        String tag = GroupSearchFixtures.token();
        CaseStudyDetails draft = CaseStudyFixtures.create(service, author,
                CaseStudyFixtures.draft("Garside draft files " + tag, tag));
        String location = upload(draft.id(), author, "notes.pdf", pdf()).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(get(location).with(member(other))).andExpect(status().isNotFound());
        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + draft.id() + "/attachments").with(member(other))).andExpect(status().isNotFound());
        upload(draft.id(), other, "mine.pdf", pdf()).andExpect(status().isNotFound());
        mvc.perform(delete(location).with(member(other))).andExpect(status().isNotFound());
        upload(draft.id(), null, "anon.pdf", pdf()).andExpect(status().isUnauthorized());

        // published: everyone may download, only writers upload
        String tag2 = GroupSearchFixtures.token();
        CaseStudyDetails published = CaseStudyFixtures.published(service, author, moderator,
                CaseStudyFixtures.draft("Garside published files " + tag2, tag2));
        String publicFile = upload(published.id(), author, "poster.png", png()).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        mvc.perform(get(publicFile)).andExpect(status().isOk()).andExpect(content().bytes(png()));
        mvc.perform(get(publicFile).with(member(other))).andExpect(status().isOk());
        upload(published.id(), other, "mine.pdf", pdf())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("casestudies.error.not-an-author"));
        mvc.perform(get(BASE + "/" + published.id() + "/attachments/" + List.of(location.split("/")).getLast()))
                .andExpect(status().isNotFound());
    }
}
