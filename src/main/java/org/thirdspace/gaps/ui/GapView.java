package org.thirdspace.gaps.ui;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.thirdspace.gaps.CaseStudyChoice;
import org.thirdspace.gaps.GapAnswerView;
import org.thirdspace.gaps.GapDetails;
import org.thirdspace.gaps.GapException;
import org.thirdspace.gaps.GapService;
import org.thirdspace.gaps.GapStatus;
import org.thirdspace.vocabularies.Vocabularies;

/**
 * One gap: its description and facets, the case studies that answer it, a form to answer it with
 * a published case study (a combo box searching the published case studies the member may read),
 * and moderators' tools (edit, mark answered/closed/open, remove an answer).
 */
@Route("gaps/:id([0-9]+)")
@PermitAll
public class GapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GapService gaps;
    private final GapTexts texts;
    private long gapId;
    private String title = "";
    final H1 heading = new H1();
    final ComboBox<CaseStudyChoice> caseStudy = new ComboBox<>();
    final TextArea note = new TextArea();
    final Div answers = new Div();

    public GapView(GapService gaps, Vocabularies vocabularies) {
        this.gaps = gaps;
        this.texts = new GapTexts(this, vocabularies);
        heading.setId("gap-heading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        gapId = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? "" : title + " \u2013 ") + texts.t("gaps.ui.title") + " \u2013 ThirdSpace";
    }

    private void show() {
        removeAll();
        Optional<GapDetails> found = gaps.details(gapId);
        add(new RouterLink(texts.t("gaps.ui.back"), GapBoardView.class));
        if (found.isEmpty()) {
            heading.setText(texts.t("gaps.ui.not-found"));
            title = "";
            add(heading);
            return;
        }
        GapDetails gap = found.get();
        title = gap.title();
        heading.setText(gap.title());
        Span status = new Span(texts.t("gaps.ui.status") + ": " + texts.status(gap.status()));
        status.setId("gap-status");
        status.getElement().getThemeList().add("badge" + (gap.status() == GapStatus.OPEN ? "" : " contrast"));
        Paragraph meta = new Paragraph(texts.t("gaps.ui.posted-by", gap.createdByName(), texts.date(gap.createdAt())));
        add(heading, status, meta);
        if (!gap.facets().isEmpty()) {
            Paragraph facets = new Paragraph(texts.facets(gap.facets()));
            facets.setId("gap-facets");
            add(facets);
        }
        Div description = new Div();
        description.setId("gap-description");
        description.getElement().setProperty("innerHTML", gap.descriptionHtml());
        add(description);
        if (gap.canModerate()) {
            add(moderation(gap));
        }
        add(answers(gap));
        if (gap.canAnswer()) {
            add(answerForm());
        } else if (gap.status() == GapStatus.CLOSED) {
            add(new Paragraph(texts.t("gaps.ui.answer.closed")));
        }
    }

    private Section answers(GapDetails gap) {
        Section section = new Section(new H2(texts.t("gaps.ui.answers")));
        section.setId("gap-answers");
        if (gap.answers().isEmpty()) {
            section.add(new Paragraph(texts.t("gaps.ui.answers.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (GapAnswerView a : gap.answers()) {
            ListItem item = new ListItem();
            item.setId("gap-answer-" + a.id());
            item.add(new Anchor("case-studies/" + a.caseStudyId(), a.caseStudyTitle()));
            if (a.note() != null) {
                item.add(new Paragraph(a.note()));
            }
            Span by = new Span(texts.t("gaps.ui.answer.by", a.authorName(), texts.date(a.createdAt())));
            by.addClassName("ts-gap-meta");
            item.add(by);
            if (gap.canModerate()) {
                Button remove = new Button(texts.t("gaps.ui.answer.remove"), e -> {
                    gaps.removeAnswer(gapId, a.id(), null);
                    Notification.show(texts.t("gaps.ui.answer.removed"));
                    show();
                });
                remove.setAriaLabel(texts.t("gaps.ui.answer.remove.label", a.caseStudyTitle()));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                item.add(remove);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section answerForm() {
        Section section = new Section(new H2(texts.t("gaps.ui.answer.title")));
        section.setId("gap-answer-form");
        caseStudy.setLabel(texts.t("gaps.ui.answer.case-study"));
        caseStudy.setHelperText(texts.t("gaps.ui.answer.case-study.helper"));
        caseStudy.setId("gap-answer-case-study");
        caseStudy.setRequiredIndicatorVisible(true);
        caseStudy.setItemLabelGenerator(CaseStudyChoice::title);
        caseStudy.setItems(q -> gaps.candidates(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        caseStudy.setWidth("32rem");
        caseStudy.setMaxWidth("100%");
        note.setLabel(texts.t("gaps.ui.answer.note"));
        note.setHelperText(texts.t("gaps.ui.answer.note.helper"));
        note.setId("gap-answer-note");
        note.setMaxLength(GapService.MAX_NOTE);
        note.setWidth("32rem");
        note.setMaxWidth("100%");
        Button submit = new Button(texts.t("gaps.ui.answer.submit"), e -> submitAnswer());
        submit.setId("gap-answer-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(new VerticalLayout(caseStudy, note, submit));
        return section;
    }

    void submitAnswer() {
        caseStudy.setInvalid(false);
        note.setInvalid(false);
        if (caseStudy.getValue() == null) {
            caseStudy.setErrorMessage(texts.t("gaps.error.case-study-required"));
            caseStudy.setInvalid(true);
            caseStudy.focus();
            return;
        }
        try {
            gaps.answer(gapId, caseStudy.getValue().id(), note.getValue());
        } catch (GapException e) {
            var field = "note".equals(e.field()) ? note : caseStudy;
            field.setErrorMessage(texts.t(e.messageKey(), e.args()));
            field.setInvalid(true);
            if (field == note) {
                note.focus();
            } else {
                caseStudy.focus();
            }
            return;
        }
        Notification.show(texts.t("gaps.ui.answer.done")).addThemeVariants(NotificationVariant.SUCCESS);
        caseStudy.clear();
        note.clear();
        show();
    }

    private Section moderation(GapDetails gap) {
        Section section = new Section(new H2(texts.t("gaps.ui.moderate")));
        section.setId("gap-moderation");
        Button edit = new Button(texts.t("gaps.ui.edit"), e -> getUI().ifPresent(ui -> ui.navigate(GapFormView.class,
                new RouteParameters("id", String.valueOf(gapId)))));
        edit.setId("gap-edit");
        Select<GapStatus> mark = new Select<>();
        mark.setLabel(texts.t("gaps.ui.mark"));
        mark.setId("gap-mark");
        mark.setItems(GapStatus.values());
        mark.setItemLabelGenerator(texts::status);
        mark.setValue(gap.status());
        TextField reason = new TextField(texts.t("gaps.ui.mark.reason"));
        reason.setId("gap-mark-reason");
        reason.setMaxLength(GapService.MAX_REASON);
        Button apply = new Button(texts.t("gaps.ui.form.save"), e -> {
            if (mark.getValue() != null) {
                gaps.changeStatus(gapId, mark.getValue(), reason.getValue());
                Notification.show(texts.t("gaps.ui.mark.done", texts.status(mark.getValue())));
                show();
            }
        });
        apply.setId("gap-mark-apply");
        FlexLayout tools = new FlexLayout(edit, mark, reason, apply);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(Alignment.BASELINE);
        tools.getStyle().set("gap", "var(--lumo-space-m)");
        section.add(tools);
        return section;
    }
}
