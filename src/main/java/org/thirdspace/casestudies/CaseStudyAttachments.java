package org.thirdspace.casestudies;

import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Files attached to a case study (PDF, images, office documents). Type and size are checked on
 * the content, not the name; files are stored under {@code thirdspace.case-studies.attachments-dir}
 * named by a random key. Whoever may see the case study sees its attachments; editors upload and
 * remove them (removal keeps the record).
 */
@Service
public class CaseStudyAttachments {

    public List<Attachment> list(long caseStudyId) {
        throw new UnsupportedOperationException("issue 5: attachments in progress");
    }

    public Attachment upload(long caseStudyId, String fileName, InputStream content) {
        throw new UnsupportedOperationException("issue 5: attachments in progress");
    }

    public AttachmentContent open(long caseStudyId, long attachmentId) {
        throw new UnsupportedOperationException("issue 5: attachments in progress");
    }

    public void remove(long caseStudyId, long attachmentId) {
        throw new UnsupportedOperationException("issue 5: attachments in progress");
    }
}
