package org.thirdspace.casestudies.internal.attachments;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code thirdspace.case-studies.attachments-*}: where attachment files are stored and how large
 * one may be.
 *
 * @param attachmentsDir     the directory of the stored files; default {@code ${thirdspace.data-dir}/attachments}
 * @param attachmentsMaxSize the largest file accepted (checked on the bytes received, whatever the
 *                           request claims); keep {@code spring.servlet.multipart.max-file-size} at
 *                           least as large
 * @param attachmentsMaxRequestSize the largest upload request (a file and the form around it), the
 *                           default of {@code spring.servlet.multipart.max-request-size}
 */
@ConfigurationProperties("thirdspace.case-studies")
public record AttachmentSettings(Path attachmentsDir, @DefaultValue("20MB") DataSize attachmentsMaxSize,
        @DefaultValue("21MB") DataSize attachmentsMaxRequestSize) {

    public AttachmentSettings {
        if (attachmentsMaxSize.toBytes() < 1) {
            throw new IllegalArgumentException("thirdspace.case-studies.attachments-max-size must be positive");
        }
    }
}
