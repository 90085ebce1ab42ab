package org.thirdspace.introductions.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.thirdspace.introductions.Introduction;
import org.thirdspace.introductions.IntroductionException;
import org.thirdspace.introductions.IntroductionService;
import org.thirdspace.people.PeopleService;

/** Incoming and outgoing introduction requests; with {@code ?to=<personId>} also the form to ask. */
@Route("introductions")
@PermitAll
@Menu(title = "introductions.menu", order = 30, icon = "vaadin:handshake")
public class IntroductionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final IntroductionService introductions;
    private final PeopleService people;
    final TextArea message = new TextArea();
    final Paragraph status = new Paragraph();
    private final Section ask = new Section();
    private final Section incoming = new Section();
    private final Section outgoing = new Section();

    public IntroductionsView(IntroductionService introductions, PeopleService people) {
        this.introductions = introductions;
        this.people = people;
        status.setId("introductions-status");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("introductions.title")), new Paragraph(getTranslation("introductions.intro")),
                ask, status, incoming, outgoing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ask.removeAll();
        event.getLocation().getQueryParameters().getSingleParameter("to").flatMap(IntroductionsView::parse)
                .ifPresent(this::showAskForm);
        refresh();
    }

    private static java.util.Optional<Long> parse(String s) {
        try {
            return java.util.Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void showAskForm(long personId) {
        var target = people.profile(personId);
        if (target.isEmpty()) {
            status.setText(getTranslation("introductions.error.unknown-person"));
            return;
        }
        message.setLabel(getTranslation("introductions.ask.message"));
        message.setHelperText(getTranslation("introductions.ask.helper"));
        message.setMaxLength(IntroductionService.MAX_MESSAGE);
        message.setRequired(true);
        var send = new Button(getTranslation("introductions.ask.send"), e -> {
            try {
                introductions.request(personId, message.getValue());
                message.setInvalid(false);
                ask.removeAll();
                status.setText(getTranslation("introductions.ask.sent"));
                refresh();
            } catch (IntroductionException ex) {
                message.setErrorMessage(getTranslation(ex.messageKey()));
                message.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        ask.add(new H2(getTranslation("introductions.ask.title", target.get().displayName())), message, send);
    }

    private void refresh() {
        long me = introductions.myId();
        List<Introduction> all = introductions.mine();
        incoming.removeAll();
        outgoing.removeAll();
        incoming.add(new H2(getTranslation("introductions.incoming")));
        outgoing.add(new H2(getTranslation("introductions.outgoing")));
        all.stream().filter(i -> i.recipientId() == me).forEach(i -> incoming.add(card(i, true)));
        all.stream().filter(i -> i.requesterId() == me).forEach(i -> outgoing.add(card(i, false)));
        if (incoming.getChildren().count() == 1) {
            incoming.add(new Paragraph(getTranslation("introductions.none")));
        }
        if (outgoing.getChildren().count() == 1) {
            outgoing.add(new Paragraph(getTranslation("introductions.none")));
        }
    }

    private Article card(Introduction i, boolean toMe) {
        long other = toMe ? i.requesterId() : i.recipientId();
        String otherName = toMe ? i.requesterName() : i.recipientName();
        var card = new Article(new H3(new com.vaadin.flow.component.html.Span(
                getTranslation(toMe ? "introductions.from" : "introductions.to") + " "),
                new Anchor("people/" + other, otherName)));
        card.add(new Paragraph(i.message()));
        card.add(new Paragraph(getTranslation("introductions.status") + ": "
                + getTranslation("introductions.status." + i.status().name())));
        if (i.status() == Introduction.Status.ACCEPTED) {
            String email = toMe ? i.requesterEmail() : i.recipientEmail();
            if (email != null) {
                card.add(new Paragraph(getTranslation("introductions.accepted.contact", email)));
            }
        }
        if (i.status() == Introduction.Status.DECLINED && i.declineReason() != null) {
            card.add(new Paragraph(getTranslation("introductions.declined.reason", i.declineReason())));
        }
        if (toMe && i.status() == Introduction.Status.OPEN) {
            var reason = new TextField(getTranslation("introductions.decline.reason"));
            reason.setMaxLength(IntroductionService.MAX_REASON);
            var accept = new Button(getTranslation("introductions.accept"), e -> {
                introductions.accept(i.id());
                refresh();
            });
            accept.setAriaLabel(getTranslation("introductions.accept") + " " + otherName);
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            var decline = new Button(getTranslation("introductions.decline"), e -> {
                introductions.decline(i.id(), reason.getValue());
                refresh();
            });
            decline.setAriaLabel(getTranslation("introductions.decline") + " " + otherName);
            card.add(reason, accept, decline);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("introductions.title") + " \u2013 ThirdSpace";
    }
}
