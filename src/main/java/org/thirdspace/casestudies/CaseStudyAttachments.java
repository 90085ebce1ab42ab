package org.thirdspace.casestudies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.thirdspace.casestudies.internal.CaseStudyAccess;
import org.thirdspace.casestudies.internal.attachments.AttachmentStore;
import org.thirdspace.casestudies.internal.attachments.AttachmentTypes;
import org.thirdspace.casestudies.internal.attachments.FileNames;
import org.thirdspace.casestudies.internal.attachments.StoredAttachment;
import org.thirdspace.casestudies.internal.attachments.StoredAttachmentRepository;
import org.thirdspace.people.PeopleService;
import org.thirdspace.people.PersonSummary;
import org.thirdspace.shared.PostingLimits;

/**
 * Files attached to a case study (PDF, images, office documents). Type and size are checked on
 * the content, not the name; files are stored under {@code thirdspace.case-studies.attachments-dir}
 * named by a random key. Whoever may see the case study sees its attachments; editors upload and
 * remove them (removal keeps the record).
 * <p>
 * An upload is all or nothing: the bytes go to a temporary file first and are moved into place
 * only when complete and accepted; the file is deleted again when its database record cannot be
 * written, and no record is written for a file that could not be stored.
 */
@Service
public class CaseStudyAttachments {

    private static final Logger log = LoggerFactory.getLogger(CaseStudyAttachments.class);

    private final CaseStudyAccess access;
    private final StoredAttachmentRepository repository;
    private final AttachmentStore store;
    private final AttachmentTypes types;
    private final PeopleService people;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final PostingLimits limits;

    CaseStudyAttachments(CaseStudyAccess access, StoredAttachmentRepository repository, AttachmentStore store,
            AttachmentTypes types, PeopleService people, Clock clock, PlatformTransactionManager transactions,
            PostingLimits limits) {
        this.limits = limits;
        this.access = access;
        this.repository = repository;
        this.store = store;
        this.types = types;
        this.people = people;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The attachments (not removed) in upload order; NOT_FOUND when the user may not see the case study. */
    public List<Attachment> list(long caseStudyId) {
        requireVisible(caseStudyId);
        Map<Long, String> names = new HashMap<>();
        return repository.findCurrent(caseStudyId).stream().map(a -> toAttachment(a, names)).toList();
    }

    /**
     * Stores a file for the case study (editors only). INVALID ({@code file}) when the name is
     * empty after sanitising, the content is empty or larger than
     * {@code thirdspace.case-studies.attachments-max-size}, or its detected type is not allowed.
     */
    public Attachment upload(long caseStudyId, String fileName, InputStream content) {
        long me = requireEditor(caseStudyId);
        limits.checkAttachment(me);
        String name = FileNames.sanitise(fileName);
        if (name.isEmpty()) {
            throw CaseStudyException.invalid("file", "casestudies.attachments.error.name");
        }
        AttachmentStore.Received received;
        try {
            received = store.receive(content);
        } catch (AttachmentStore.TooLargeException e) {
            throw CaseStudyException.invalid("file", "casestudies.attachments.error.too-large",
                    DataSize.ofBytes(e.maxBytes()).toMegabytes());
        } catch (IOException e) {
            log.warn("Upload to case study {} could not be read: {}", caseStudyId, e.getMessage());
            throw CaseStudyException.invalid("file", "casestudies.attachments.error.unreadable");
        }
        Path stored = null;
        try {
            if (received.size() == 0) {
                throw CaseStudyException.invalid("file", "casestudies.attachments.error.empty");
            }
            AttachmentTypes.Detected type = types.detect(received.file(), name);
            if (!type.allowed()) {
                throw CaseStudyException.invalid("file", "casestudies.attachments.error.type", type.type());
            }
            String key = store.newKey();
            stored = store.store(received, key);
            Path file = stored;
            StoredAttachment saved = transaction.execute(status -> {
                if (TransactionSynchronizationManager.isSynchronizationActive()) {
                    // an enclosing transaction may still roll back after this one "commits"
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int completion) {
                            if (completion != STATUS_COMMITTED) {
                                store.delete(file);
                            }
                        }
                    });
                }
                return repository.saveAndFlush(new StoredAttachment(caseStudyId, name, type.type(), received.size(),
                        received.sha256(), me, clock.instant(), key));
            });
            return toAttachment(saved, new HashMap<>());
        } catch (IOException e) {
            if (stored != null) {
                store.delete(stored);
            }
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (stored != null) {
                store.delete(stored);
            }
            throw e;
        } finally {
            store.delete(received.file());
        }
    }

    /** An attachment and its file, for a download; NOT_FOUND when either cannot be seen or is gone. */
    public AttachmentContent open(long caseStudyId, long attachmentId) {
        requireVisible(caseStudyId);
        StoredAttachment a = repository.findCurrent(caseStudyId, attachmentId)
                .orElseThrow(() -> CaseStudyException.notFound("casestudies.attachments.error.not-found"));
        Path file = store.path(a.storageKey());
        if (!Files.isRegularFile(file)) {
            log.error("The file of attachment {} of case study {} is missing: {}", a.id(), caseStudyId, file);
            throw CaseStudyException.notFound("casestudies.attachments.error.not-found");
        }
        return new AttachmentContent(toAttachment(a, new HashMap<>()), file);
    }

    /** Removes an attachment from the case study (editors); its record and file are kept. */
    public void remove(long caseStudyId, long attachmentId) {
        requireEditor(caseStudyId);
        transaction.executeWithoutResult(status -> {
            StoredAttachment a = repository.findCurrent(caseStudyId, attachmentId)
                    .orElseThrow(() -> CaseStudyException.notFound("casestudies.attachments.error.not-found"));
            a.remove(clock.instant());
        });
    }

    /** NOT_FOUND unless the current user may see some version of the case study. */
    private void requireVisible(long caseStudyId) {
        readOnly.executeWithoutResult(status -> access.visible(caseStudyId));
    }

    /** The current user's person id, when they may edit the case study (NOT_FOUND if invisible, else FORBIDDEN). */
    private long requireEditor(long caseStudyId) {
        Long me = readOnly.execute(status -> access.requireEditor(access.visible(caseStudyId)));
        return me;
    }

    private Attachment toAttachment(StoredAttachment a, Map<Long, String> names) {
        String uploader = names.computeIfAbsent(a.uploadedByPersonId(),
                id -> people.find(id).map(PersonSummary::displayName).orElse(""));
        return new Attachment(a.id(), a.caseStudyId(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                a.uploadedByPersonId(), uploader, a.uploadedAt());
    }
}
