package org.thirdspace.needs.ui;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.thirdspace.needs.NeedDetails;
import org.thirdspace.needs.NeedException;
import org.thirdspace.needs.NeedOutcome;
import org.thirdspace.needs.NeedService;
import org.thirdspace.needs.NeedStatus;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * One need: what, for whom, on whose behalf, facets, time frame and status, the rendered
 * description, and for those allowed: take it on (brokers), edit, close with an outcome, reopen.
 */
@Route("needs/:id([0-9]+)")
@PermitAll
public class NeedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NeedService needs;
    private final transient org.springframework.beans.factory.ObjectProvider<org.thirdspace.needs.NeedPageSection> sections;
    private final NeedTexts texts;
    private long needId;
    private String title = "";
    final H1 heading = new H1();
    final Select<NeedOutcome> outcome = new Select<>();
    final TextArea note = new TextArea();

    public NeedView(NeedService needs, Vocabularies vocabularies,
            org.springframework.beans.factory.ObjectProvider<org.thirdspace.needs.NeedPageSection> sections) {
        this.needs = needs;
        this.sections = sections;
        this.texts = new NeedTexts(this, vocabularies);
        heading.setId("need-heading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        needId = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? "" : title + " \u2013 ") + texts.t("needs.ui.title") + " \u2013 ThirdSpace";
    }

    private void show() {
        removeAll();
        Optional<NeedDetails> found = needs.details(needId);
        add(new RouterLink(texts.t("needs.ui.back"), NeedBoardView.class));
        if (found.isEmpty()) {
            heading.setText(texts.t("needs.ui.not-found"));
            title = "";
            add(heading);
            return;
        }
        NeedDetails need = found.get();
        title = need.title();
        heading.setText(need.title());
        Span status = new Span(texts.t("needs.ui.status") + ": " + texts.status(need.status()));
        status.setId("need-status");
        status.getElement().getThemeList().add("badge" + (need.status() == NeedStatus.OPEN ? "" : " contrast"));
        add(heading, status);
        Paragraph meta = new Paragraph(texts.t("needs.ui.posted-by", need.authorName(), texts.date(need.createdAt()),
                need.onBehalfOf().name()));
        meta.setId("need-meta");
        Paragraph forWhom = new Paragraph(texts.t("needs.ui.for-whom", need.forWhom()));
        forWhom.setId("need-for-whom");
        Paragraph capacity = new Paragraph(texts.t("needs.ui.capacity", need.capacityNeeded()));
        capacity.setId("need-capacity");
        add(meta, forWhom, capacity);
        if (!need.facets().isEmpty()) {
            Paragraph facets = new Paragraph(texts.facets(need.facets()));
            facets.setId("need-facets");
            add(facets);
        }
        if (need.onlineOk()) {
            add(new Paragraph(texts.t("needs.ui.online")));
        }
        String when = texts.when(need.startsOn(), need.endsOn());
        if (when != null) {
            add(new Paragraph(texts.t("needs.ui.when", when)));
        }
        if (need.claimedByPersonId() != null && need.status() == NeedStatus.IN_PROGRESS) {
            Paragraph claimed = new Paragraph(texts.t("needs.ui.claimed-by", need.claimedByName(),
                    texts.date(need.claimedAt())));
            claimed.setId("need-claimed-by");
            add(claimed);
        }
        if (need.status() == NeedStatus.CLOSED && need.outcome() != null) {
            Paragraph out = new Paragraph(texts.t("needs.ui.outcome", texts.outcome(need.outcome()))
                    + (need.outcomeNote() == null ? "" : " \u2013 " + need.outcomeNote()));
            out.setId("need-outcome");
            add(out);
        }
        Div description = new Div();
        description.setId("need-description");
        description.getElement().setProperty("innerHTML", need.descriptionHtml());
        add(description);
        if (need.canEdit() || need.canClaim()) {
            add(actions(need));
        }
        sections.orderedStream().map(s -> s.section(need)).filter(java.util.Objects::nonNull).forEach(this::add);
    }

    private Section actions(NeedDetails need) {
        Section section = new Section(new H2(texts.t("needs.ui.actions")));
        section.setId("need-actions");
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-m)");
        if (need.canClaim()) {
            Button claim = new Button(texts.t("needs.ui.claim"), e -> act(() -> needs.claim(needId), "needs.ui.claimed"));
            claim.setId("need-claim");
            claim.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(claim);
        }
        if (need.canEdit()) {
            buttons.add(new RouterLink(texts.t("needs.ui.edit"), NeedFormView.class,
                    new RouteParameters("id", String.valueOf(needId))));
            if (need.status() != NeedStatus.OPEN) {
                Button reopen = new Button(texts.t("needs.ui.reopen"),
                        e -> act(() -> needs.reopen(needId), "needs.ui.reopened"));
                reopen.setId("need-reopen");
                buttons.add(reopen);
            }
        }
        section.add(buttons);
        if (need.canEdit()) {
            section.add(new H2(texts.t("needs.ui.close")));
            outcome.setLabel(texts.t("needs.ui.close.outcome"));
            outcome.setId("need-close-outcome");
            outcome.setItems(NeedOutcome.values());
            outcome.setItemLabelGenerator(texts::outcome);
            outcome.setValue(need.outcome());
            note.setLabel(texts.t("needs.ui.close.note"));
            note.setId("need-close-note");
            note.setMaxLength(NeedService.MAX_OUTCOME_NOTE);
            note.setValue(need.outcomeNote() == null ? "" : need.outcomeNote());
            note.setWidth("40rem");
            note.setMaxWidth("100%");
            Button close = new Button(texts.t("needs.ui.close.submit"), e -> close());
            close.setId("need-close");
            section.add(outcome, note, close);
        }
        return section;
    }

    void close() {
        outcome.setInvalid(false);
        note.setInvalid(false);
        try {
            needs.close(needId, outcome.getValue(), note.getValue());
        } catch (NeedException e) {
            var field = "outcomeNote".equals(e.field()) ? note : null;
            if (field != null) {
                field.setErrorMessage(texts.t(e.messageKey(), e.args()));
                field.setInvalid(true);
                field.focus();
            } else {
                outcome.setErrorMessage(texts.t(e.messageKey(), e.args()));
                outcome.setInvalid(true);
                outcome.focus();
            }
            return;
        }
        Notification.show(texts.t("needs.ui.closed")).addThemeVariants(NotificationVariant.SUCCESS);
        show();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (NeedException e) {
            Notification.show(texts.t(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
            show();
            return;
        }
        Notification.show(texts.t(doneKey)).addThemeVariants(NotificationVariant.SUCCESS);
        show();
    }
}
