package org.thirdspace.casestudies;

import java.nio.file.Path;

/** An attachment and where its bytes are stored, for a download. */
public record AttachmentContent(Attachment attachment, Path file) {
}
