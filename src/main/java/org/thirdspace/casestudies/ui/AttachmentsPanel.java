package org.thirdspace.casestudies.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import org.thirdspace.casestudies.Attachment;
import org.thirdspace.casestudies.CaseStudyAttachments;
import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.shared.PostingLimitExceeded;

/**
 * The attachments of a case study in the editor: the files so far (download, remove) and an upload
 * field. The service checks type and size on the content; a refused file's specific reason is
 * shown next to the upload field.
 */
class AttachmentsPanel extends Section {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AttachmentsPanel.class);

    final UnorderedList files = new UnorderedList();
    final Upload upload = new Upload();
    final Paragraph error = new Paragraph();
    final Paragraph status = new Paragraph();
    private final CaseStudyTexts texts;
    private final CaseStudyAttachments attachments;
    private final long caseStudyId;

    AttachmentsPanel(CaseStudyTexts texts, CaseStudyAttachments attachments, long caseStudyId) {
        this.texts = texts;
        this.attachments = attachments;
        this.caseStudyId = caseStudyId;
        setId("cs-attachments-editor");
        addClassName("ts-cs-form-section");
        add(new H2(texts.t("casestudies.ui.attachments")));
        add(new Paragraph(texts.t("casestudies.ui.attachments.help")));
        files.setId("cs-attachment-list");

        error.setId("cs-upload-error");
        error.addClassName("ts-cs-problem");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        status.getElement().setAttribute("role", "status");
        status.setId("cs-upload-status");

        upload.setId("cs-upload");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        upload.setMaxFiles(5);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.t("casestudies.ui.upload.add-one"))
                .setMany(texts.t("casestudies.ui.upload.add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.t("casestudies.ui.upload.drop-one"))
                .setMany(texts.t("casestudies.ui.upload.drop-many")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showError(texts.t("casestudies.ui.upload.rejected",
                CaseStudyTexts.nz(e.getFileName()), CaseStudyTexts.nz(e.getErrorMessage()))));
        // the upload's own events make a round trip, so what receive() changed reaches the page
        upload.getElement().addEventListener("upload-success", e -> { });
        upload.getElement().addEventListener("upload-error", e -> { });
        add(files, upload, error, status);
        refresh();
    }

    /** Stores an uploaded file through the service (which checks it) and shows the result. */
    void receive(String fileName, byte[] bytes) {
        try {
            Attachment saved = attachments.upload(caseStudyId, fileName, new ByteArrayInputStream(bytes));
            error.setVisible(false);
            status.setText(texts.t("casestudies.ui.upload.done", saved.fileName()));
            refresh();
        } catch (CaseStudyException e) {
            showError(texts.t("casestudies.ui.upload.refused", CaseStudyTexts.nz(fileName), texts.error(e)));
        } catch (PostingLimitExceeded e) {
            showError(texts.t("casestudies.ui.upload.refused", CaseStudyTexts.nz(fileName),
                    texts.t(e.messageKey(), e.args())));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        status.setText("");
    }

    private void refresh() {
        files.removeAll();
        List<Attachment> list;
        try {
            list = attachments.list(caseStudyId);
        } catch (CaseStudyException e) {
            showError(texts.error(e));
            return;
        } catch (RuntimeException e) {
            // the rest of the editor works without the file list
            LOG.warn("Attachments of case study {} could not be listed: {}", caseStudyId, e.toString());
            showError(texts.t("casestudies.ui.attachments.unavailable"));
            return;
        }
        if (list.isEmpty()) {
            files.add(new ListItem(texts.t("casestudies.ui.attachments.none")));
        }
        for (Attachment a : list) {
            Button remove = new Button(texts.t("casestudies.ui.attachments.remove"), e -> remove(a));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
            remove.setAriaLabel(texts.t("casestudies.ui.attachments.remove.file", a.fileName()));
            remove.setId("cs-attachment-remove-" + a.id());
            files.add(new ListItem(Parts.attachmentDownload(attachments, a),
                    new Span(" (" + ArticleTab.size(texts, a.sizeBytes()) + ") "), remove));
        }
    }

    private void remove(Attachment a) {
        try {
            attachments.remove(caseStudyId, a.id());
            status.setText(texts.t("casestudies.ui.attachments.removed", a.fileName()));
            refresh();
        } catch (CaseStudyException e) {
            showError(texts.error(e));
        }
    }
}
