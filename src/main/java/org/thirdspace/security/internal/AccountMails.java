package org.thirdspace.security.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.thirdspace.mail.OutgoingMail;

/** Builds the account mails from the {@code mail.*} texts of the security bundle. User data is HTML-escaped. */
@Component
public class AccountMails {

    private final MessageSource messages;
    private final String publicUrl;

    AccountMails(MessageSource messages,
                 @Value("${thirdspace.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String link(String route, String token) {
        return UriComponentsBuilder.fromUriString(publicUrl).path("/" + route).queryParam("token", token)
                .build().encode().toUriString();
    }

    public OutgoingMail verification(String to, String displayName, String token) {
        return mail(to, "mail.verify", displayName, link("verify", token));
    }

    public OutgoingMail passwordReset(String to, String displayName, String token) {
        return mail(to, "mail.reset", displayName, link("reset-password", token));
    }

    private OutgoingMail mail(String to, String prefix, String displayName, String link) {
        Locale locale = LocaleContextHolder.getLocale();
        String subject = messages.getMessage(prefix + ".subject", null, locale);
        String greeting = messages.getMessage("mail.greeting", new Object[] {displayName}, locale);
        String body = messages.getMessage(prefix + ".body", null, locale);
        String action = messages.getMessage(prefix + ".action", null, locale);
        String ignore = messages.getMessage(prefix + ".ignore", null, locale);
        String signature = messages.getMessage("mail.signature", null, locale);

        String text = greeting + "\n\n" + body + "\n\n" + link + "\n\n" + ignore + "\n\n" + signature + "\n";

        String safeLink = HtmlUtils.htmlEscape(link);
        String html = "<!DOCTYPE html><html><body>"
                + "<p>" + HtmlUtils.htmlEscape(greeting) + "</p>"
                + "<p>" + HtmlUtils.htmlEscape(body) + "</p>"
                + "<p><a href=\"" + safeLink + "\">" + HtmlUtils.htmlEscape(action) + "</a></p>"
                + "<p>" + safeLink + "</p>"
                + "<p>" + HtmlUtils.htmlEscape(ignore) + "</p>"
                + "<p>" + HtmlUtils.htmlEscape(signature) + "</p>"
                + "</body></html>";
        return new OutgoingMail(to, subject, text, html);
    }
}
