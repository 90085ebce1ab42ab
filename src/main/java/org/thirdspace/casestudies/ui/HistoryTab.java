package org.thirdspace.casestudies.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.thirdspace.casestudies.CaseStudyException;
import org.thirdspace.casestudies.RevisionSummary;
import org.thirdspace.casestudies.StaleRevisionException;

/**
 * The history, newest first: who saved each revision when, with what summary; which one is
 * published and which is the newest. Two ticked revisions are compared on the compare tab;
 * editors restore an older revision (as a new revision).
 */
class HistoryTab extends Div {

    final Map<Integer, Checkbox> picks = new LinkedHashMap<>();
    final Button compare = new Button();
    final Paragraph status = new Paragraph();
    private final CaseStudyPage page;

    HistoryTab(CaseStudyPage page) {
        this.page = page;
        addClassName("ts-cs-history");
        setId("cs-history");
        CaseStudyTexts texts = page.texts;
        List<RevisionSummary> revisions = page.service.revisions(page.id());

        status.getElement().setAttribute("role", "status");
        status.setId("cs-history-status");
        compare.setText(texts.t("casestudies.ui.history.compare"));
        compare.setId("cs-compare-selected");
        compare.addThemeVariants(ButtonVariant.PRIMARY);
        compare.addClickListener(e -> compareSelected());
        add(new Paragraph(texts.t("casestudies.ui.history.intro")));

        NativeTable table = Parts.table(texts.t("casestudies.ui.history.caption"),
                texts.t("casestudies.ui.history.pick"), texts.t("casestudies.ui.history.revision"),
                texts.t("casestudies.ui.history.author"), texts.t("casestudies.ui.history.time"),
                texts.t("casestudies.ui.history.summary"), texts.t("casestudies.ui.history.actions"));
        table.setId("cs-revisions");
        int head = page.caseStudy.headRevision();
        for (RevisionSummary r : revisions) {
            Checkbox pick = new Checkbox();
            pick.setId("cs-pick-" + r.number());
            pick.setAriaLabel(texts.t("casestudies.ui.history.pick.revision", String.valueOf(r.number())));
            pick.addValueChangeListener(e -> status.setText(""));
            picks.put(r.number(), pick);

            Div number = new Div(new Span(texts.t("casestudies.ui.history.number", String.valueOf(r.number()))));
            if (r.published()) {
                number.add(new Span(" "), Parts.badge(texts.t("casestudies.ui.history.published"), "success",
                        VaadinIcon.CHECK));
            }
            if (r.head()) {
                number.add(new Span(" "), Parts.badge(texts.t("casestudies.ui.history.head"), "contrast", null));
            }
            List<String> notes = new ArrayList<>();
            if (r.editSummary() != null && !r.editSummary().isBlank()) {
                notes.add(r.editSummary());
            }
            if (r.restoredFrom() != null) {
                notes.add(texts.t("casestudies.ui.history.restored-from", String.valueOf(r.restoredFrom())));
            }
            Div actions = new Div();
            if (page.permissions().canEdit() && r.number() != head) {
                Button restore = new Button(texts.t("casestudies.ui.history.restore"), e -> restore(r.number()));
                restore.setId("cs-restore-" + r.number());
                restore.addThemeVariants(ButtonVariant.TERTIARY);
                restore.setAriaLabel(texts.t("casestudies.ui.history.restore.revision", String.valueOf(r.number())));
                actions.add(restore);
            }
            Span when = new Span();
            when.getElement().appendChild(Parts.time(texts.dateTime(r.createdAt()), r.createdAt()));
            Parts.row(table, pick, number, CaseStudyTexts.nz(r.authorName()), when, String.join(" \u2013 ", notes),
                    actions);
        }
        // preselect the two newest, so "compare" shows the latest change at once
        revisions.stream().limit(2).forEach(r -> picks.get(r.number()).setValue(true));
        HorizontalLayout buttons = new HorizontalLayout(compare, status);
        buttons.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(table, buttons);
    }

    private void compareSelected() {
        List<Integer> chosen = picks.entrySet().stream().filter(e -> e.getValue().getValue())
                .map(Map.Entry::getKey).sorted().toList();
        if (chosen.size() != 2) {
            status.setText(page.texts.t("casestudies.ui.history.pick-two"));
            return;
        }
        page.showTab(CaseStudyView.COMPARE, Map.of("from", String.valueOf(chosen.get(0)),
                "to", String.valueOf(chosen.get(1))));
    }

    private void restore(int revision) {
        try {
            page.service.restore(page.id(), revision, page.caseStudy.headRevision(),
                    page.texts.t("casestudies.ui.history.restore.summary", String.valueOf(revision)));
            Parts.done(page.texts.t("casestudies.ui.history.restored", String.valueOf(revision)));
            page.reload();
        } catch (StaleRevisionException e) {
            Parts.error(page.texts.t("casestudies.ui.history.restore.stale", String.valueOf(e.current())));
            page.reload();
        } catch (CaseStudyException e) {
            page.error(e);
        }
    }
}
