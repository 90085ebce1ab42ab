package org.thirdspace.notifications.email;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thirdspace.notifications.Delivery;
import org.thirdspace.notifications.email.internal.UnsubscribeTokens;
import org.thirdspace.notifications.email.internal.UnsubscribeTokens.Subject;
import org.thirdspace.notifications.internal.DeliverySettings;

/**
 * One-click unsubscribe from a notification mail, logged out: {@code GET /unsubscribe?token=…}
 * shows which kind it stops and a button; {@code POST} (the button, and the RFC 8058 one-click
 * target of {@code List-Unsubscribe-Post}) switches that kind OFF for the token's account. The
 * token is the authorisation (signed, see {@link UnsubscribeTokens}); a bad one gets a 400 page.
 */
@Controller
class UnsubscribeController {

    private final UnsubscribeTokens tokens;
    private final DeliverySettings settings;
    private final MessageSource messages;
    private final String settingsRoute;

    UnsubscribeController(UnsubscribeTokens tokens, DeliverySettings settings, MessageSource messages,
            @Value("${thirdspace.notifications.settings-route:notifications/settings}") String settingsRoute) {
        this.tokens = tokens;
        this.settings = settings;
        this.messages = messages;
        this.settingsRoute = settingsRoute;
    }

    @GetMapping(path = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@RequestParam(name = "token", required = false) String token) {
        Optional<Subject> subject = tokens.verify(token);
        if (subject.isEmpty()) {
            return invalid();
        }
        String label = text(subject.get().kind().labelKey());
        String action = UriComponentsBuilder.fromPath("unsubscribe").queryParam("token", token).build().encode()
                .toUriString();
        String body = "<h1>" + htmlEscape(text("notifications.unsubscribe.question", label)) + "</h1>"
                + "<p>" + htmlEscape(text("notifications.unsubscribe.explain")) + "</p>"
                + "<form method=\"post\" action=\"" + htmlEscape(action) + "\">"
                + "<button type=\"submit\">" + htmlEscape(text("notifications.unsubscribe.button")) + "</button>"
                + "</form>";
        return page(HttpStatus.OK, text("notifications.unsubscribe.title"), body);
    }

    @PostMapping(path = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam(name = "token", required = false) String token) {
        Optional<Subject> subject = tokens.verify(token);
        if (subject.isEmpty()) {
            return invalid();
        }
        settings.set(subject.get().accountId(), subject.get().kind(), Delivery.OFF);
        String label = text(subject.get().kind().labelKey());
        String body = "<h1>" + htmlEscape(text("notifications.unsubscribe.done.title")) + "</h1>"
                + "<p role=\"status\">" + htmlEscape(text("notifications.unsubscribe.done", label)) + "</p>";
        return page(HttpStatus.OK, text("notifications.unsubscribe.done.title"), body);
    }

    private ResponseEntity<String> invalid() {
        String body = "<h1>" + htmlEscape(text("notifications.unsubscribe.invalid.title")) + "</h1>"
                + "<p role=\"alert\">" + htmlEscape(text("notifications.unsubscribe.invalid")) + "</p>";
        return page(HttpStatus.BAD_REQUEST, text("notifications.unsubscribe.invalid.title"), body);
    }

    private ResponseEntity<String> page(HttpStatus status, String title, String body) {
        Locale locale = LocaleContextHolder.getLocale();
        String html = "<!DOCTYPE html><html lang=\"" + htmlEscape(locale.getLanguage()) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + htmlEscape(title) + " – ThirdSpace</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1a1a1a}button{font:inherit;padding:.5rem 1rem;cursor:pointer}"
                + "button:focus-visible,a:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}</style>"
                + "</head><body><main>" + body
                + "<p><a href=\"" + htmlEscape("/" + settingsRoute) + "\">"
                + htmlEscape(text("notifications.unsubscribe.settings")) + "</a></p>"
                + "</main></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").body(html);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
