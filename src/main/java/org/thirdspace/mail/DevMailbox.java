package org.thirdspace.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.mail.internal.DevMail;
import org.thirdspace.mail.internal.DevMailRepository;

/** Read access to the mails captured in the development mailbox (admins only). */
@Service
@Transactional(readOnly = true)
public class DevMailbox {

    private final DevMailRepository repository;

    DevMailbox(DevMailRepository repository) {
        this.repository = repository;
    }

    /** Captured mails, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CapturedMail> find(int offset, int limit) {
        int size = Math.max(1, limit);
        // offset is a multiple of the page size for Vaadin's lazy loading; cope with any offset anyway
        int page = offset / size;
        List<CapturedMail> result = repository
                .findAll(PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))
                .map(DevMailbox::toRecord).getContent();
        int skip = offset - page * size;
        return skip == 0 ? result : result.subList(Math.min(skip, result.size()), result.size());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return repository.count();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<CapturedMail> get(long id) {
        return repository.findById(id).map(DevMailbox::toRecord);
    }

    /** The latest mail captured for a recipient; for tests and local tooling. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<CapturedMail> latestTo(String recipient) {
        return repository.findFirstByRecipientIgnoreCaseOrderByIdDesc(recipient).map(DevMailbox::toRecord);
    }

    private static CapturedMail toRecord(DevMail m) {
        return new CapturedMail(m.getId(), m.getRecipient(), m.getSubject(), m.getTextBody(), m.getHtmlBody(),
                m.getCreatedAt());
    }
}
