package org.thirdspace.casestudies.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.thirdspace.casestudies.Attachment;
import org.thirdspace.casestudies.AttachmentContent;
import org.thirdspace.casestudies.CaseStudyAttachments;

/**
 * Files attached to a case study. Uploads are checked on their content (type allow-list, size
 * limit); downloads always come as attachments with the detected type, {@code nosniff} and a
 * sandboxing content security policy, so no upload is ever shown as a page of the site.
 */
@RestController
@RequestMapping(path = CaseStudiesController.BASE + "/{id}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case studies")
@SecurityRequirement(name = "bearerToken")
@SecurityRequirement(name = "basicAuth")
class CaseStudyAttachmentsController {

    private final CaseStudyAttachments attachments;

    CaseStudyAttachmentsController(CaseStudyAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    @Operation(summary = "The case study's attachments, in upload order")
    List<Attachment> list(@PathVariable long id) {
        return attachments.list(id);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (editors)",
            description = "multipart/form-data with the file in the part \"file\". Accepted: PDF, PNG, JPEG, GIF, "
                    + "WebP, Word/Excel/PowerPoint (OOXML and legacy) and OpenDocument text, spreadsheet and "
                    + "presentation, as detected from the content (the name does not count), up to "
                    + "thirdspace.case-studies.attachments-max-size (default 20 MB; 413 above). Answers 201 with "
                    + "the attachment and the Location of its download.")
    ResponseEntity<Attachment> upload(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        Attachment attachment;
        try (InputStream in = file.getInputStream()) {
            attachment = attachments.upload(id, file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.created(URI.create(CaseStudiesController.BASE + "/" + id + "/attachments/"
                + attachment.id())).body(attachment);
    }

    @GetMapping(path = "/{attachmentId}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download an attachment",
            description = "Content-Disposition: attachment with the file name (filename*=UTF-8''…), the type "
                    + "detected on upload, X-Content-Type-Options: nosniff; the ETag is the file's SHA-256.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId, WebRequest request) {
        AttachmentContent content = attachments.open(id, attachmentId);
        Attachment a = content.attachment();
        String etag = "\"" + a.sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        FileSystemResource body = new FileSystemResource(content.file());
        long length;
        try {
            length = body.contentLength();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(length)
                .eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(a.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(body);
    }

    @DeleteMapping("/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an attachment (editors); the record is kept")
    void remove(@PathVariable long id, @PathVariable long attachmentId) {
        attachments.remove(id, attachmentId);
    }
}
