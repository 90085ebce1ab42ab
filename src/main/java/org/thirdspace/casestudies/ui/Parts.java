package org.thirdspace.casestudies.ui;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.thirdspace.casestudies.Attachment;
import org.thirdspace.casestudies.AttachmentContent;
import org.thirdspace.casestudies.CaseStudyAttachments;
import org.thirdspace.casestudies.CaseStudyStatus;

/** Small building blocks of the case-study views: badges, sanitised HTML, tables, downloads, notices. */
final class Parts {

    private Parts() {
    }

    /** A badge whose text carries the meaning (the colour and icon only repeat it). */
    static Span badge(String text, String theme, VaadinIcon icon) {
        Span badge = new Span();
        badge.addClassName("ts-cs-badge");
        if (icon != null) {
            Icon i = icon.create();
            i.getElement().setAttribute("aria-hidden", "true");
            i.addClassName("ts-cs-badge-icon");
            badge.add(i);
        }
        badge.add(new Span(text));
        badge.getElement().getThemeList().add("badge" + (theme == null ? "" : " " + theme));
        return badge;
    }

    /** The workflow state as a badge: draft, in review or published. */
    static Span statusBadge(CaseStudyTexts texts, CaseStudyStatus status) {
        return switch (status) {
            case DRAFT -> badge(texts.status(status), "contrast", VaadinIcon.PENCIL);
            case IN_REVIEW -> badge(texts.status(status), null, VaadinIcon.HOURGLASS);
            case PUBLISHED -> badge(texts.status(status), "success", VaadinIcon.CHECK);
        };
    }

    /** Sanitised HTML from a service (Markdown rendered through the allow-list, or escaped highlights). */
    static Div html(String sanitised, String className) {
        Div div = new Div();
        div.addClassName(className);
        div.getElement().setProperty("innerHTML", sanitised == null ? "" : sanitised);
        return div;
    }

    /** A link the Vaadin router leaves alone (downloads and REST endpoints). */
    /**
     * A download served through the UI session (so drafts' and private groups' files work for
     * those who may see them), with the attachment's stored type and {@code nosniff}.
     */
    static Anchor attachmentDownload(CaseStudyAttachments attachments,
            Attachment a) {
        long caseStudyId = a.caseStudyId();
        long attachmentId = a.id();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            AttachmentContent content = attachments.open(caseStudyId, attachmentId);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            return new DownloadResponse(
                    Files.newInputStream(content.file()), content.attachment().fileName(),
                    content.attachment().contentType(), content.attachment().sizeBytes());
        }), a.fileName());
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** A generated download (exports) served through the UI session. */
    static Anchor generatedDownload(Supplier<byte[]> bytes, String fileName, String contentType,
            String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] body = bytes.get();
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            return new DownloadResponse(new ByteArrayInputStream(body), fileName,
                    contentType, body.length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** Text only screen readers read (e.g. "inserted" before a diff insertion). */
    static Span visuallyHidden(String text) {
        Span span = new Span(text);
        span.addClassName("ts-cs-sr-only");
        return span;
    }

    /** A data table with a caption and column headers ({@code scope="col"}). */
    static NativeTable table(String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("ts-cs-table");
        if (caption != null) {
            table.setCaptionText(caption);
        }
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    /** Adds a body row; strings become text cells, components are added as they are. */
    static NativeTableRow row(NativeTable table, Object... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (Object cell : cells) {
            NativeTableCell td = row.addDataCell();
            if (cell instanceof Component component) {
                td.add(component);
            } else if (cell != null) {
                td.setText(cell.toString());
            }
        }
        return row;
    }

    /** A {@code <time>} element with a machine-readable value. */
    static Element time(String text, java.time.temporal.TemporalAccessor value) {
        Element time = new Element("time");
        time.setText(text);
        if (value != null) {
            time.setAttribute("datetime", value.toString());
        }
        return time;
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.setAssertive(true);
    }

    static void done(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }
}
