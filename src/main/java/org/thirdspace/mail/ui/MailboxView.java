package org.thirdspace.mail.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.thirdspace.mail.CapturedMail;
import org.thirdspace.mail.DevMailbox;
import org.thirdspace.mail.MailService;

/** The development mailbox: mails captured instead of sent, newest first, with a reading pane. */
@Route("admin/mailbox")
@RolesAllowed("ADMIN")
@Menu(title = "mail.mailbox.title", order = 910, icon = "vaadin:envelope")
public class MailboxView extends Div implements HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    final Grid<CapturedMail> grid = new Grid<>();
    final Section detail = new Section();
    private final DateTimeFormatter dateTimes;

    public MailboxView(DevMailbox mailbox, MailService mailService) {
        dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        grid.addColumn(m -> dateTimes.format(m.createdAt()))
                .setHeader(getTranslation("mail.mailbox.column.created")).setAutoWidth(true);
        grid.addColumn(CapturedMail::recipient).setHeader(getTranslation("mail.mailbox.column.to"));
        grid.addColumn(CapturedMail::subject).setHeader(getTranslation("mail.mailbox.column.subject"))
                .setFlexGrow(2);
        grid.setAriaLabel(getTranslation("mail.mailbox.heading"));
        grid.setItems(q -> mailbox.find(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, mailbox.count()));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        show(null);

        add(new H1(getTranslation("mail.mailbox.heading")),
                new Paragraph(getTranslation(mailService.isCapturing() ? "mail.mailbox.intro"
                        : "mail.mailbox.sending")),
                grid, detail);
    }

    void show(CapturedMail mail) {
        detail.removeAll();
        if (mail == null) {
            detail.add(new H2(getTranslation("mail.mailbox.detail.heading")),
                    new Paragraph(getTranslation("mail.mailbox.detail.none")));
            return;
        }
        detail.add(new H2(mail.subject()),
                new Paragraph(getTranslation("mail.mailbox.detail.to", mail.recipient())),
                new Paragraph(getTranslation("mail.mailbox.detail.date", dateTimes.format(mail.createdAt()))),
                body(mail.textBody()));
    }

    /** The text body with its http(s) links made clickable; everything else stays plain text. */
    static Pre body(String text) {
        Pre pre = new Pre();
        pre.getStyle().set("white-space", "pre-wrap");
        Matcher m = LINK.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                pre.add(new Text(text.substring(last, m.start())));
            }
            pre.add(new Anchor(m.group(), m.group()));
            last = m.end();
        }
        if (last < text.length()) {
            pre.add(new Text(text.substring(last)));
        }
        return pre;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.mailbox.title") + " | " + getTranslation("security.app-name");
    }
}
