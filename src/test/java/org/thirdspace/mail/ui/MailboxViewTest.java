package org.thirdspace.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.thirdspace.mail.CapturedMail;
import org.thirdspace.mail.DevMailbox;
import org.thirdspace.mail.MailService;
import org.thirdspace.mail.OutgoingMail;
import org.thirdspace.testsupport.IntegrationTest;

@IntegrationTest
@ViewPackages(packages = "org.thirdspace")
class MailboxViewTest extends SpringBrowserlessTest {

    @Autowired
    MailService mailService;
    @Autowired
    DevMailbox mailbox;

    @Test
    @WithMockUser(roles = "ADMIN")
    void withoutSmtpMailsAreCapturedAndShownNewestFirstWithClickableLinks() {
        assertThat(mailService.isCapturing()).isTrue();
        mailService.send(new OutgoingMail("first@mail.example", "First <b>subject</b>", "Hello"));
        mailService.send(new OutgoingMail("second@mail.example", "Second subject",
                "Open https://thirdspace.example/verify?token=abc now.\nThanks"));
        CapturedMail latest = mailbox.latestTo("second@mail.example").orElseThrow();
        assertThat(latest.subject()).isEqualTo("Second subject");

        MailboxView view = navigate(MailboxView.class);
        @SuppressWarnings("unchecked")
        Grid<CapturedMail> grid = $(Grid.class).single();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("second@mail.example");
        assertThat(test(grid).getCellText(1, 2)).isEqualTo("First <b>subject</b>");

        test(grid).clickRow(0);
        assertThat($(H2.class).from(view.detail).single().getText()).isEqualTo("Second subject");
        Anchor link = $(Anchor.class).from(view.detail).single();
        assertThat(link.getHref()).isEqualTo("https://thirdspace.example/verify?token=abc");
    }
}
