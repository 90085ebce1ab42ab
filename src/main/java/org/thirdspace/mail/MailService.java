package org.thirdspace.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thirdspace.mail.internal.DevMail;
import org.thirdspace.mail.internal.DevMailRepository;

/**
 * Sends mails. With an SMTP server configured ({@code spring.mail.host}) mails go out through
 * {@link JavaMailSender}; otherwise they are stored in the development mailbox and logged.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final DevMailRepository devMails;
    private final Clock clock;
    private final String from;

    MailService(ObjectProvider<JavaMailSender> mailSender, DevMailRepository devMails,
                ObjectProvider<Clock> clock,
                @Value("${thirdspace.mail.from:ThirdSpace <no-reply@thirdspace.test>}") String from) {
        this.mailSender = mailSender;
        this.devMails = devMails;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.from = from;
    }

    /** Whether mails are captured in the development mailbox instead of being sent. */
    public boolean isCapturing() {
        return mailSender.getIfAvailable() == null;
    }

    /**
     * Sends (or captures) the mail, with its extra headers (the dev mailbox keeps bodies and subject only).
     *
     * @throws MailException when the SMTP server refuses the mail
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void send(OutgoingMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            devMails.save(new DevMail(mail.to(), mail.subject(), mail.textBody(), mail.htmlBody(),
                    Instant.now(clock)));
            log.info("Captured mail to {}: \"{}\" links: {}", mail.to(), mail.subject(), links(mail.textBody()));
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.htmlBody() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            if (mail.htmlBody() != null) {
                helper.setText(mail.textBody(), mail.htmlBody());
            } else {
                helper.setText(mail.textBody());
            }
            // JavaMailSenderImpl keeps an explicitly set Message-ID when it saves the message
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not prepare mail", e);
        }
        sender.send(message);
        log.info("Sent mail to {}: \"{}\"", mail.to(), mail.subject());
    }

    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(m.group());
        }
        return links;
    }
}
