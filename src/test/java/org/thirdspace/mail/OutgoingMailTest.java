package org.thirdspace.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutgoingMailTest {
    @Test
    void refusesHeaderInjection() {
        assertThatThrownBy(() -> new OutgoingMail("a@b.example\nBcc: evil@x.example", "s", "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail("a@b.example", "s\r\nBcc: evil@x.example", "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logsTheLinksOfAMail() {
        assertThat(MailService.links("a https://x.example/a?token=1 b http://y.example c"))
                .containsExactly("https://x.example/a?token=1", "http://y.example");
    }
}
