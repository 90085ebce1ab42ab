package org.thirdspace.notifications.email;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thirdspace.notifications.DigestFrequency;
import org.thirdspace.notifications.NotificationKind;
import org.thirdspace.notifications.NotificationService;
import org.thirdspace.notifications.email.internal.UnsubscribeTokens;
import org.thirdspace.notifications.internal.StoredNotification;
import org.thirdspace.security.AccountSummary;

/**
 * Renders notification mails (subject, plain text, HTML) from the {@code notifications.mail.*}
 * texts; every text from users (names, titles) is HTML-escaped. Links are absolute, from
 * {@code thirdspace.public-url}. Accounts have no language of their own yet: mails use
 * {@link #LOCALE}.
 */
@Component
public class NotificationMails {

    /** The language of notification mails. */
    static final Locale LOCALE = Locale.ENGLISH;

    /** A rendered mail. */
    public record Rendered(String subject, String text, String html, String unsubscribeUrl) {
    }

    private final MessageSource messages;
    private final NotificationService notifications;
    private final UnsubscribeTokens tokens;
    private final String publicUrl;
    private final String settingsRoute;

    NotificationMails(MessageSource messages, NotificationService notifications, UnsubscribeTokens tokens,
            @Value("${thirdspace.public-url:http://localhost:${server.port:8080}}") String publicUrl,
            @Value("${thirdspace.notifications.settings-route:notifications/settings}") String settingsRoute) {
        this.messages = messages;
        this.notifications = notifications;
        this.tokens = tokens;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.settingsRoute = settingsRoute;
    }

    /** The absolute URL of an app-relative route. */
    String link(String route) {
        return publicUrl + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }

    /** The one-click unsubscribe URL (GET shows the page, POST unsubscribes) of an account and kind. */
    public String unsubscribeUrl(long accountId, NotificationKind kind) {
        return link("unsubscribe?token=" + tokens.token(accountId, kind));
    }

    /** The stable Message-ID of an outbox mail. */
    String messageId(long outboxId) {
        String host = URI.create(publicUrl).getHost();
        return "<notification-mail-" + outboxId + "@" + (host == null ? "thirdspace.invalid" : host) + ">";
    }

    /** A mail telling about one notification. */
    public Rendered immediate(AccountSummary to, StoredNotification n) {
        String message = notifications.message(n, LOCALE);
        String label = text(n.getKind().labelKey());
        String greeting = text("notifications.mail.greeting", to.displayName());
        String open = text("notifications.mail.open");
        String why = text("notifications.mail.immediate.why", label);
        String unsubscribe = text("notifications.mail.unsubscribe", label);
        String settings = text("notifications.mail.settings");
        String signature = text("notifications.mail.signature");
        String itemLink = link(n.getLink());
        String unsubscribeUrl = unsubscribeUrl(to.id(), n.getKind());
        String settingsUrl = link(settingsRoute);

        String text = greeting + "\n\n" + message + "\n\n" + open + ": " + itemLink + "\n\n" + signature
                + "\n\n--\n" + why + "\n" + unsubscribe + ": " + unsubscribeUrl + "\n" + settings + ": " + settingsUrl
                + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + LOCALE.getLanguage() + "\"><body>"
                + p(htmlEscape(greeting))
                + p(htmlEscape(message))
                + p(a(itemLink, open))
                + p(htmlEscape(signature))
                + "<hr>"
                + "<p><small>" + htmlEscape(why) + "<br>" + a(unsubscribeUrl, unsubscribe) + " · "
                + a(settingsUrl, settings) + "</small></p>"
                + "</body></html>";
        String subject = text("notifications.mail.immediate.subject", oneLine(message));
        return new Rendered(oneLine(subject), text, html, unsubscribeUrl);
    }

    /**
     * A digest of notifications (at least one), grouped by kind in the kinds' order, each with its
     * text and link, and one unsubscribe link per kind in it. Its List-Unsubscribe header is the
     * first kind's link.
     */
    public Rendered digest(AccountSummary to, DigestFrequency frequency, List<StoredNotification> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a digest needs items");
        }
        Map<NotificationKind, List<StoredNotification>> byKind = new java.util.EnumMap<>(NotificationKind.class);
        items.forEach(n -> byKind.computeIfAbsent(n.getKind(), k -> new java.util.ArrayList<>()).add(n));
        Map<NotificationKind, String> unsubscribeUrls = new LinkedHashMap<>();
        byKind.keySet().forEach(kind -> unsubscribeUrls.put(kind, unsubscribeUrl(to.id(), kind)));

        String greeting = text("notifications.mail.greeting", to.displayName());
        String intro = text("notifications.mail.digest.intro." + frequency.name());
        String open = text("notifications.mail.open");
        String why = text("notifications.mail.digest.why");
        String settings = text("notifications.mail.settings");
        String signature = text("notifications.mail.signature");
        String settingsUrl = link(settingsRoute);

        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(intro).append("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(LOCALE.getLanguage())
                .append("\"><body>").append(p(htmlEscape(greeting))).append(p(htmlEscape(intro)));
        byKind.forEach((kind, list) -> {
            String label = text(kind.labelKey());
            text.append("\n").append(label).append("\n");
            html.append("<h2>").append(htmlEscape(label)).append("</h2><ul>");
            for (StoredNotification n : list) {
                String message = notifications.message(n, LOCALE);
                String itemLink = link(n.getLink());
                text.append("- ").append(message).append("\n  ").append(itemLink).append("\n");
                html.append("<li>").append(htmlEscape(message)).append(" – ").append(a(itemLink, open)).append("</li>");
            }
            html.append("</ul>");
        });
        text.append("\n").append(signature).append("\n\n--\n").append(why).append("\n");
        html.append(p(htmlEscape(signature))).append("<hr><p><small>").append(htmlEscape(why)).append("</small></p>")
                .append("<ul>");
        unsubscribeUrls.forEach((kind, url) -> {
            String unsubscribe = text("notifications.mail.unsubscribe", text(kind.labelKey()));
            text.append(unsubscribe).append(": ").append(url).append("\n");
            html.append("<li><small>").append(a(url, unsubscribe)).append("</small></li>");
        });
        text.append(settings).append(": ").append(settingsUrl).append("\n");
        html.append("<li><small>").append(a(settingsUrl, settings)).append("</small></li></ul></body></html>");
        String subject = text("notifications.mail.digest.subject." + frequency.name(), items.size());
        return new Rendered(oneLine(subject), text.toString(), html.toString(),
                unsubscribeUrls.values().iterator().next());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LOCALE);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static String p(String safeHtml) {
        return "<p>" + safeHtml + "</p>";
    }

    private static String a(String url, String label) {
        return "<a href=\"" + htmlEscape(url) + "\">" + htmlEscape(label) + "</a>";
    }
}
